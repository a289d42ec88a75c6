package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The ticket's life over HTTP: create, work, resolve, confirm — on the real process, tables and database. */
@SuppressWarnings("unchecked")
class TicketApiIT extends ApiIntegrationTest {

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private ManagementService managementService;

    @Test
    void createsARoutedTicketWithItsFirstTaskInOneCall() {
        ResponseEntity<JsonNode> response = post(TestUsers.INTEGRATOR, "/api/tickets",
                TicketFixture.repairTicketInTheEast());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode ticket = response.getBody();
        assertThat(response.getHeaders().getLocation()).hasPath("/api/tickets/" + ticket.get("id").asLong());
        assertThat(ticket.get("number").asText()).matches("TF-\\d{4}-\\d{6}");
        assertThat(ticket.get("status").asText()).isEqualTo("OPEN");
        assertThat(ticket.get("priority").asText()).isEqualTo("NORMAL");
        assertThat(ticket.get("assignedGroup").asText()).isEqualTo("repair-east");
        assertThat(ticket.get("routingReason").asText()).isEqualTo("routing-team table, row \"Repairs in the east\"");
        assertThat(ticket.get("processInstanceId").asText()).isNotBlank();
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(ticket.get("processInstanceId").asText())
                .processInstanceBusinessKey(ticket.get("number").asText()).count()).isOne();
        assertThat(taskOf(TestUsers.AGENT_EAST, ticket.get("id").asLong())).isNotNull();
    }

    @Test
    void walksTheHappyPathFromCreationToClosedWithItsTimeline() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);

        ResponseEntity<JsonNode> claimed = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/claim", null);
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getBody().get("assignee").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(ticket(id).get("status").asText()).isEqualTo("IN_PROGRESS");

        ResponseEntity<JsonNode> completed = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED", "comment", "Replaced the door seal"));
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode resolved = ticket(id);
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolvedAt").asText()).isNotBlank();
        assertThat(resolved.get("firstResponseAt").asText()).isNotBlank();
        assertThat(taskOf(TestUsers.AGENT_EAST, id)).isNull();

        ResponseEntity<JsonNode> confirmed = post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/confirmation",
                Map.of("accepted", true, "rating", 5, "comment", "Thanks!"));
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode closed = ticket(id);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").asText()).isNotBlank();
        assertThat(closed.get("customerRating").asInt()).isEqualTo(5);
        assertThat(events(closed)).containsExactly("CREATED", "ROUTED", "SLA_STARTED", "ASSIGNED", "STEP_DONE",
                "RESOLVED", "RESOLUTION_ACCEPTED", "CLOSED");
        assertThat(closed.get("timeline").get(3).get("actor").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(closed.get("timeline").get(4).get("detail").asText())
                .isEqualTo("step \"Handle ticket\" done: outcome=\"RESOLVED\"");
        assertThat(closed.get("timeline").get(5).get("detail").asText()).isEqualTo("Replaced the door seal");
        runSettlement(closed.get("processInstanceId").asText());
        assertThat(events(ticket(id))).as("the company's own agent: nothing to pay").endsWith("CLOSED", "SETTLED");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(closed.get("processInstanceId").asText()).count()).isZero();
    }

    @Test
    void reopensToTheSameTeamWhenTheCustomerRejectsTheResolution() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        resolveAs(TestUsers.AGENT_EAST, id);

        ResponseEntity<JsonNode> rejected = post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/confirmation",
                Map.of("accepted", false, "rating", 2, "comment", "Still leaking"));

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode reopened = ticket(id);
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("assignedGroup").asText()).isEqualTo("repair-east");
        assertThat(reopened.has("assignee")).isFalse();
        assertThat(events(reopened)).endsWith("RESOLUTION_REJECTED", "REOPENED", "SLA_RESUMED");
        assertThat(taskOf(TestUsers.AGENT_EAST_2, id)).as("offered to the whole team again").isNotNull();
    }

    @Test
    void aReplyWrittenBeforeTheCustomersNewerMessageWasReadIsRefusedWithThatMessage() {
        Instant read = Instant.now().plus(Duration.ofMinutes(5));
        ClockUtil.setCurrentTime(Date.from(read));
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        ClockUtil.setCurrentTime(Date.from(read.plus(Duration.ofMinutes(2))));
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/customer-replies",
                Map.of("message", "It started leaking again this morning")).getStatusCode()).isEqualTo(HttpStatus.OK);
        int before = ticket(id).get("timeline").size();

        ResponseEntity<JsonNode> stale = post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies",
                Map.of("message", "Glad it works now!", "seenUntil", read.toString()));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale.getBody().get("detail").asText()).contains("It started leaking again this morning");
        assertThat(ticket(id).get("timeline").size()).as("nothing replied").isEqualTo(before);

        ResponseEntity<JsonNode> informed = post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies",
                Map.of("message", "Sorry to hear; an engineer comes today.", "seenUntil",
                        read.plus(Duration.ofMinutes(2)).toString()));
        assertThat(informed.getStatusCode()).as("%s", informed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message",
                "And without seenUntil a reply goes as before.")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anInternalNoteIsOnTheTimelineAndMeetsNoTarget() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();

        ResponseEntity<JsonNode> noted = post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes",
                Map.of("message", "Called the depot: parts arrive Thursday"));

        assertThat(noted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(events(noted.getBody())).endsWith("NOTE_ADDED");
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket where id = ? and first_response_at is null",
                Long.class, id)).as("a note is no response to the customer").isOne();
        assertThat(post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes", Map.of("message", " "))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void closesByItselfWhenTheCustomerDoesNotAnswerInTime() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        resolveAs(TestUsers.AGENT_EAST, id);
        String processInstanceId = ticket(id).get("processInstanceId").asText();
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertThat(timer.getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(7))), 60_000);

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        managementService.executeJob(timer.getId());

        JsonNode closed = ticket(id);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(events(closed)).endsWith("RESOLVED", "AUTO_CLOSED");
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/confirmation", Map.of("accepted", true))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aVipComplaintIsUrgentForVipCareAndListedFirst() {
        long id = createTicket(TicketFixture.vipComplaint()).get("id").asLong();

        JsonNode ticket = ticket(id);
        JsonNode firstTask = get(TestUsers.AGENT_VIP, "/api/tasks?size=1").getBody().get(0);

        assertThat(ticket.get("assignedGroup").asText()).isEqualTo("vip-care");
        assertThat(ticket.get("priority").asText()).isEqualTo("URGENT");
        assertThat(firstTask.get("priority").asText()).isEqualTo("URGENT");
        assertThat(taskOf(TestUsers.AGENT_EAST, id)).as("not offered to other teams").isNull();
    }

    @Test
    void keepsARequestedPriorityThatIsHigherThanTheTables() {
        Map<String, Object> body = TicketFixture.repairTicketInTheEast();
        body.put("priority", "HIGH");

        assertThat(createTicket(body).get("priority").asText()).isEqualTo("HIGH");
    }

    @Test
    void matchesTheSameCustomerAcrossTicketsByEmail() {
        Map<String, Object> first = TicketFixture.repairTicketInTheEast();
        Map<String, Object> second = TicketFixture.vipComplaint();
        second.put("customer", Map.of("name", "Same person",
                "email", ((String) ((Map<?, ?>) first.get("customer")).get("email")).toUpperCase()));

        long firstCustomer = createTicket(first).get("customer").get("id").asLong();
        long secondCustomer = createTicket(second).get("customer").get("id").asLong();

        assertThat(secondCustomer).isEqualTo(firstCustomer);
    }

    @Test
    void storesFourByteUtf8VerbatimEverywhereOnTheTicket() {
        Map<String, Object> body = TicketFixture.repairTicketInTheEast();
        body.put("subject", "冰箱不制冷 😟 𠀋");
        body.put("description", "Ice 🧊 everywhere — 𩸽 Kühlschrank");
        ((Map<String, Object>) body.get("customer")).put("name", "李伟 🐉");
        JsonNode created = createTicket(body);
        long id = created.get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);

        post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED", "comment", "Fixed 🔧 — 修好了"));
        post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/confirmation",
                Map.of("accepted", true, "comment", "谢谢 🙏"));

        JsonNode ticket = ticket(id);
        assertThat(ticket.get("subject").asText()).isEqualTo("冰箱不制冷 😟 𠀋");
        assertThat(ticket.get("description").asText()).isEqualTo("Ice 🧊 everywhere — 𩸽 Kühlschrank");
        assertThat(ticket.get("customer").get("name").asText()).isEqualTo("李伟 🐉");
        assertThat(ticket.get("status").asText()).isEqualTo("CLOSED");
        assertThat(detailOf(ticket, "RESOLVED")).isEqualTo("Fixed 🔧 — 修好了");
        assertThat(detailOf(ticket, "RESOLUTION_ACCEPTED")).endsWith("谢谢 🙏");
    }

    @Test
    void rejectsAnInvalidTicketNamingEachFieldAndWritesNothing() {
        long tickets = count("tf_ticket");
        long customers = count("tf_customer");
        long instances = runtimeService.createProcessInstanceQuery().count();
        Map<String, Object> body = TicketFixture.repairTicketInTheEast();
        body.remove("subject");
        body.put("region", "east side");
        body.put("customer", Map.of("name", "No contact"));

        ResponseEntity<JsonNode> response = post(TestUsers.INTEGRATOR, "/api/tickets", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(response.getBody())).contains("subject", "region", "customer.contactable");
        assertThat(count("tf_ticket")).isEqualTo(tickets);
        assertThat(count("tf_customer")).isEqualTo(customers);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void namesAnUnknownChannelAndAMalformedBody() {
        Map<String, Object> body = TicketFixture.repairTicketInTheEast();
        body.put("channel", "CARRIER_PIGEON");

        ResponseEntity<JsonNode> unknownChannel = post(TestUsers.INTEGRATOR, "/api/tickets", body);
        ResponseEntity<JsonNode> malformed = post(TestUsers.INTEGRATOR, "/api/tickets", "{\"channel\": ");

        assertThat(unknownChannel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(unknownChannel.getBody())).containsExactly("channel");
        assertThat(unknownChannel.getBody().get("detail").asText()).contains("CARRIER_PIGEON", "WECHAT");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:malformed-request");
    }

    @Test
    void answersUnknownTicketsWith404AndOutOfTurnConfirmationsWith409() {
        ResponseEntity<JsonNode> unknown = get(TestUsers.AGENT_EAST, "/api/tickets/987654321");
        long open = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        ResponseEntity<JsonNode> early = post(TestUsers.INTEGRATOR, "/api/tickets/" + open + "/confirmation",
                Map.of("accepted", true));
        ResponseEntity<JsonNode> badRating = post(TestUsers.INTEGRATOR, "/api/tickets/" + open + "/confirmation",
                Map.of("accepted", true, "rating", 9));

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:not-found");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("detail").asText()).contains("OPEN");
        assertThat(badRating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badRating.getBody())).containsExactly("rating");
        assertThat(events(ticket(open))).containsExactly("CREATED", "ROUTED", "SLA_STARTED");
    }

    @Test
    void listsTicketsFilteredByStatusTeamAndRegion() {
        long east = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        long vip = createTicket(TicketFixture.vipComplaint()).get("id").asLong();

        JsonNode page = get(TestUsers.SUPERVISOR, "/api/tickets?status=OPEN&group=vip-care&region=NORTH&size=200")
                .getBody();
        ResponseEntity<JsonNode> badStatus = get(TestUsers.SUPERVISOR, "/api/tickets?status=SLEEPING");

        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).contains(vip).doesNotContain(east);
        page.get("items").forEach(item -> {
            assertThat(item.get("status").asText()).isEqualTo("OPEN");
            assertThat(item.get("assignedGroup").asText()).isEqualTo("vip-care");
        });
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badStatus.getBody())).containsExactly("status");
    }

    @Test
    void pagesOfARegionFollowTheWholeListWithoutGapOrOverlap() {
        for (int i = 0; i < 3; i++) {
            createTicket(TicketFixture.repairTicketInTheEast());
        }
        JsonNode whole = get(TestUsers.ADMIN, "/api/tickets?region=EAST&size=200").getBody();

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode items = get(TestUsers.ADMIN, "/api/tickets?region=EAST&size=2&page=" + page).getBody()
                    .get("items");
            items.forEach(item -> paged.add(item.get("id").asLong()));
        }

        List<Long> first = new ArrayList<>();
        whole.get("items").forEach(item -> first.add(item.get("id").asLong()));
        assertThat(paged).containsExactlyElementsOf(first.subList(0, 6));
        assertThat(first).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(whole.get("total").asLong()).isEqualTo(jdbc.queryForObject(
                "select count(*) from tf_ticket where region = 'EAST' or handling_region = 'EAST'", Long.class));
    }

    private void resolveAs(String agent, long ticketId) {
        String task = taskOf(agent, ticketId);
        assertThat(post(agent, "/api/tasks/" + task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(agent, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ticket(ticketId).get("status").asText()).isEqualTo(TicketStatus.RESOLVED.name());
        assertThat(runtimeService.createEventSubscriptionQuery().eventName(JourneyNames.MSG_RESOLUTION_CONFIRMED)
                .processInstanceId(ticket(ticketId).get("processInstanceId").asText()).count()).isOne();
    }

    private JsonNode ticket(long id) {
        ResponseEntity<JsonNode> response = get(TestUsers.SUPERVISOR, "/api/tickets/" + id);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> events(JsonNode ticket) {
        List<String> events = new ArrayList<>();
        ticket.get("timeline").forEach(entry -> events.add(entry.get("event").asText()));
        return events;
    }

    private static String detailOf(JsonNode ticket, String event) {
        for (JsonNode entry : ticket.get("timeline")) {
            if (entry.get("event").asText().equals(event)) {
                return entry.get("detail").asText();
            }
        }
        throw new AssertionError("No " + event + " in the timeline");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
