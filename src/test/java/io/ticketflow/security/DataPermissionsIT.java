package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who sees which tickets (docs/security.md, "Who sees which tickets"): a northern field engineer neither reads nor
 * changes an eastern ticket, its customer, timeline, attachments, routing record, settlement or notifications; what
 * they may not see answers exactly like what does not exist; lists and their counts keep to what the caller sees.
 */
class DataPermissionsIT extends ApiIntegrationTest {

    private static final String NED = TestUsers.ENGINEER_NORTH;
    private static final String NOT_FOUND = "urn:ticketflow:problem:not-found";
    /** The smallest valid PNG: a 1×1 transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    private TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private IdentityService identityService;

    @Test
    void aNorthernEngineerCannotSeeAnEasternTicket() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        long unknown = 987_654_321L;

        for (String path : List.of("", "/routing", "/settlement")) {
            ResponseEntity<JsonNode> hidden = get(NED, "/api/tickets/" + id + path);
            ResponseEntity<JsonNode> missing = get(NED, "/api/tickets/" + unknown + path);
            assertThat(hidden.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(hidden.getBody().get("type").asText()).as(path).isEqualTo(NOT_FOUND)
                    .isEqualTo(missing.getBody().get("type").asText());
            assertThat(hidden.getBody().get("detail").asText()).as("worded like an id that does not exist")
                    .isEqualTo(missing.getBody().get("detail").asText().replace(String.valueOf(unknown),
                            String.valueOf(id)));
        }
        assertThat(get(TestUsers.AGENT_EAST, "/api/tickets/" + id).getStatusCode()).as("its team sees it")
                .isEqualTo(HttpStatus.OK);
        assertThat(get(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/routing").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aNorthernEngineerSeesTheTicketsOfTheirRegionAndTeam() {
        JsonNode north = createTicket(TicketFixture.vipComplaint());
        assertThat(north.get("assignedGroup").asText()).isEqualTo("vip-care");

        assertThat(get(NED, "/api/tickets/" + north.get("id").asLong()).getStatusCode())
                .as("a NORTH ticket of another team, by the region of Ned's dispatch profile").isEqualTo(HttpStatus.OK);
        assertThat(get(TestUsers.AGENT_NORTH, "/api/tickets/" + north.get("id").asLong()).getStatusCode())
                .as("a teammate without a dispatch profile serves no region").isEqualTo(HttpStatus.NOT_FOUND);
        String task = taskService.createTaskQuery().processInstanceId(north.get("processInstanceId").asText())
                .singleResult().getId();
        assertThat(post(NED, "/api/tasks/" + task + "/claim", null).getStatusCode())
                .as("seeing a ticket is not working another team's task").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aNorthernEngineerCannotCloseAnEasternTicket() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        resolveAs(TestUsers.AGENT_EAST, id);
        long events = eventsOf(id);

        ResponseEntity<JsonNode> closed = post(NED, "/api/tickets/" + id + "/confirmation",
                Map.of("accepted", true, "rating", 1, "comment", "closing someone else's ticket"));

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(closed.getBody().get("type").asText()).isEqualTo(NOT_FOUND);
        Map<String, Object> row = jdbc.queryForMap("select status, customer_rating from tf_ticket where id = ?", id);
        assertThat(row.get("STATUS")).isEqualTo("RESOLVED");
        assertThat(row.get("CUSTOMER_RATING")).as("no rating stored").isNull();
        assertThat(eventsOf(id)).as("nothing on the timeline").isEqualTo(events);
        assertThat(runtimeService.createEventSubscriptionQuery().eventName(JourneyNames.MSG_RESOLUTION_CONFIRMED)
                .processInstanceId(processInstanceOf(id)).count()).as("still awaiting the customer").isOne();
    }

    @Test
    void aNorthernEngineerCannotReplyToAnEasternTicket() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        long events = eventsOf(id);

        ResponseEntity<JsonNode> replied = post(NED, "/api/tickets/" + id + "/replies",
                Map.of("message", "We will call you", "awaitCustomer", true));
        ResponseEntity<JsonNode> relayed = post(NED, "/api/tickets/" + id + "/customer-replies",
                Map.of("message", "Any news?"));

        assertThat(replied.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(relayed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select status from tf_ticket where id = ?", String.class, id))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket where id = ? and first_response_at is null",
                Long.class, id)).as("no first response given").isOne();
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket_sla where ticket_id = ?", Long.class, id))
                .as("the clocks run").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket_sla where ticket_id = ? and "
                + "paused_since is not null", Long.class, id)).as("SLA clocks not paused").isZero();
        assertThat(eventsOf(id)).as("nothing on the timeline").isEqualTo(events);
    }

    @Test
    void aNorthernEngineerCannotActOnAnEasternTicketInAnyOtherWay() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskService.createTaskQuery().processInstanceId(processInstanceOf(id)).singleResult().getId();

        ResponseEntity<JsonNode> claimed = post(NED, "/api/tasks/" + task + "/claim", null);
        ResponseEntity<JsonNode> completed = post(NED, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED"));
        ResponseEntity<JsonNode> moved = post(NED, "/api/tickets/" + id + "/transfers",
                Map.of("team", "repair-north", "reason", "mine now"));
        ResponseEntity<JsonNode> reported = call(NED, HttpMethod.PUT, "/api/tickets/" + id + "/service-report",
                Map.of("serviceType", "REPAIR", "complexity", "SIMPLE"));

        assertThat(List.of(claimed, completed, moved, reported)).extracting(r -> r.getStatusCode().value())
                .containsOnly(404);
        assertThat(claimed.getBody().get("detail").asText()).isEqualTo("Task " + task + " does not exist");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(jdbc.queryForObject("select assigned_group from tf_ticket where id = ?", String.class, id))
                .isEqualTo("repair-east");
        assertThat(jdbc.queryForObject("select count(*) from tf_service_report where ticket_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void theTicketListAndItsCountShowOnlyVisibleTickets() {
        long east = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();

        JsonNode eastTeam = get(NED, "/api/tickets?region=EAST&group=repair-east&size=200").getBody();
        JsonNode eastRegion = get(NED, "/api/tickets?region=EAST&size=200").getBody();
        JsonNode everything = get(NED, "/api/tickets?size=200").getBody();
        JsonNode asAdmin = get(TestUsers.ADMIN, "/api/tickets?region=EAST&size=200").getBody();

        assertThat(eastTeam.get("items")).isEmpty();
        assertThat(eastTeam.get("total").asLong()).isZero();
        assertThat(ids(eastRegion)).doesNotContain(east);
        assertThat(eastRegion.get("total").asLong()).as("only eastern tickets that came to the north's team or "
                + "region").isEqualTo(jdbc.queryForObject("select count(*) from tf_ticket where "
                + "(region = 'EAST' or handling_region = 'EAST') and (assigned_group = 'repair-north' "
                + "or region = 'NORTH' or handling_region = 'NORTH' or assignee = ?)", Long.class, NED));
        assertThat(ids(everything)).doesNotContain(east);
        assertThat(everything.get("items")).allSatisfy(t -> assertThat(List.of(t.path("assignedGroup").asText(),
                t.path("region").asText(), t.path("handlingRegion").asText()))
                .containsAnyOf("repair-north", "NORTH"));
        assertThat(ids(asAdmin)).as("admins see every ticket").contains(east);
        assertThat(ids(get(TestUsers.AGENT_EAST, "/api/tickets?region=EAST&group=repair-east&size=200").getBody()))
                .as("its team lists it").contains(east);
    }

    @Test
    void anotherRegionsCustomerIsNotFound() {
        Map<String, Object> body = TicketFixture.repairTicketInTheEast();
        JsonNode ticket = createTicket(body);
        long customer = ticket.get("customer").get("id").asLong();
        String email = (String) ((Map<?, ?>) body.get("customer")).get("email");
        String order = "DP-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call(TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/orders/" + order, Map.of(
                "customer", Map.of("name", "Test Customer", "email", email), "source", "JD", "status", "PAID",
                "amount", 100, "currency", "CNY", "orderedAt", "2026-11-01T10:00:00Z")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long unknown = 987_654_321L;

        for (String path : List.of("/api/customers/%d", "/api/customers/%d/timeline")) {
            ResponseEntity<JsonNode> hidden = get(NED, path.formatted(customer));
            ResponseEntity<JsonNode> missing = get(NED, path.formatted(unknown));
            assertThat(hidden.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(hidden.getBody().get("type").asText()).isEqualTo(missing.getBody().get("type").asText());
            assertThat(hidden.getBody().get("detail").asText()).isEqualTo("Customer " + customer + " does not exist")
                    .isEqualTo(missing.getBody().get("detail").asText().replace(String.valueOf(unknown),
                            String.valueOf(customer)));
            assertThat(hidden.getBody().toString()).doesNotContain(email);
        }
        assertThat(get(NED, "/api/orders/" + order).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(NED, "/api/customers/" + customer + "/merge", Map.of("customerId", customer))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(TestUsers.AGENT_EAST, "/api/customers/" + customer).getBody().toString()).contains(email);
        assertThat(get(TestUsers.AGENT_EAST, "/api/orders/" + order).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCustomersTimelineListsOnlyTheTicketsTheCallerMaySee() {
        Map<String, Object> eastBody = TicketFixture.repairTicketInTheEast();
        Map<String, Object> northBody = TicketFixture.ticket("WEB", "REPAIR", "NORTH", "STANDARD");
        northBody.put("customer", eastBody.get("customer"));
        JsonNode east = createTicket(eastBody);
        JsonNode north = createTicket(northBody);
        long customer = east.get("customer").get("id").asLong();
        assertThat(north.get("customer").get("id").asLong()).isEqualTo(customer);

        assertThat(ticketsIn(get(NED, "/api/customers/" + customer + "/timeline").getBody()))
                .containsExactly(north.get("number").asText());
        assertThat(ticketsIn(get(TestUsers.AGENT_EAST, "/api/customers/" + customer + "/timeline").getBody()))
                .containsExactly(east.get("number").asText());
        assertThat(ticketsIn(get(TestUsers.ADMIN, "/api/customers/" + customer + "/timeline").getBody()))
                .containsExactlyInAnyOrder(east.get("number").asText(), north.get("number").asText());
        JsonNode history = get(NED, "/api/tickets/" + north.get("id").asLong()).getBody().get("details")
                .get("customerHistory").get("earlierTickets");
        assertThat(history).as("the ticket view's history section keeps to the same rule").isEmpty();
    }

    @Test
    void anotherRegionsAttachmentIsNotFound() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String category = "DP_" + run.toUpperCase();
        assertThat(call(TestUsers.ANALYST, HttpMethod.PUT, "/api/templates/dp-" + run, Map.of(
                "name", "Photos " + run, "category", category, "note", "first version",
                "fields", List.of(Map.of("name", "photos", "label", "Photos", "type", "ATTACHMENT",
                        "required", false)))).getStatusCode()).isEqualTo(HttpStatus.OK);
        String token = upload().get("token").asText();
        Map<String, Object> body = TicketFixture.ticket("API", category, "EAST", "STANDARD");
        body.put("fields", Map.of("photos", List.of(token)));
        long id = createTicket(body).get("id").asLong();
        String download = get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("details").get("attachments")
                .get(0).get("download").asText();
        String unknown = download.replaceAll("/attachments/\\d+$", "/attachments/987654321");

        ResponseEntity<byte[]> hidden = bytes(NED, download);
        ResponseEntity<JsonNode> hiddenProblem = get(NED, download);
        ResponseEntity<JsonNode> missing = get(NED, unknown);

        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getBody()).isNotEqualTo(PNG);
        assertThat(hiddenProblem.getBody().get("type").asText()).isEqualTo(missing.getBody().get("type").asText());
        assertThat(hiddenProblem.getBody().get("detail").asText()).startsWith("Attachment ")
                .endsWith(" does not exist");
        assertThat(bytes(TestUsers.ADMIN, download).getBody()).isEqualTo(PNG);
    }

    @Test
    void notificationsAboutAnotherRegionsTicketAreNotListed() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String key = "dp-" + UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into tf_notification (idempotency_key, kind, ticket_id, recipient, recipient_user, "
                + "subject, body, status, attempts, next_attempt_at, message_id, created_at) "
                + "values (?, 'DP_TEST', ?, ?, ?, 'About an eastern ticket', 'body', 'SENT', 1, ?, ?, ?)",
                key, id, TestUsers.SUPERVISOR + "@tests.ticketflow.example", TestUsers.SUPERVISOR, now, key, now);

        assertThat(get(NED, "/api/notifications?ticketId=" + id).getBody()).isEmpty();
        assertThat(get(NED, "/api/notifications?kind=DP_TEST&limit=1000").getBody().toString()).doesNotContain(key);
        assertThat(get(TestUsers.AGENT_EAST, "/api/notifications?ticketId=" + id).getBody()).hasSize(1);
    }

    @Test
    void aTransferredTicketStaysVisibleToBothAssignees() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String eastAssignee = "eastAssignee" + run;
        String eastTeammate = "eastTeammate" + run;
        String northAssignee = "northAssignee" + run;
        TestUsers.ensureUser(identityService, eastAssignee, List.of(Roles.AGENT, "repair-east"));
        TestUsers.ensureUser(identityService, eastTeammate, List.of(Roles.AGENT, "repair-east"));
        TestUsers.ensureUser(identityService, northAssignee, List.of(Roles.AGENT, "repair-north"));
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        transfer(id, "repair-east", eastAssignee);
        transfer(id, "repair-north", northAssignee);

        assertThat(get(eastAssignee, "/api/tickets/" + id).getStatusCode())
                .as("the eastern assignee it was given to before").isEqualTo(HttpStatus.OK);
        assertThat(get(northAssignee, "/api/tickets/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(eastTeammate, "/api/tickets/" + id).getStatusCode())
                .as("their teammate, who was never given it").isEqualTo(HttpStatus.NOT_FOUND);

        transfer(id, "repair-east", eastTeammate);

        assertThat(get(northAssignee, "/api/tickets/" + id).getStatusCode())
                .as("the northern assignee, after it went back east").isEqualTo(HttpStatus.OK);
        JsonNode eastern = get(northAssignee, "/api/tickets?region=EAST&size=200").getBody();
        assertThat(ids(eastern)).contains(id);
        assertThat(eastern.get("total").asLong()).as("the list counts it too").isEqualTo(jdbc.queryForObject(
                "select count(*) from tf_ticket t where (t.region = 'EAST' or t.handling_region = 'EAST') and "
                        + "(t.assigned_group = 'repair-north' or exists (select 1 from tf_routing_decision r "
                        + "where r.ticket_id = t.id and r.assignee = ?))", Long.class, northAssignee));
        assertThat(get(NED, "/api/tickets/" + id).getStatusCode())
                .as("a northern engineer it was never given to").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRegionalManagerSeesTheirRegion() {
        long east = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        JsonNode eastComplaint = createTicket(TicketFixture.ticket("PHONE", "COMPLAINT", "EAST", "VIP"));
        long north = createTicket(TicketFixture.vipComplaint()).get("id").asLong();

        assertThat(get(TestUsers.MANAGER_EAST, "/api/tickets/" + east).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(TestUsers.MANAGER_EAST, "/api/tickets/" + eastComplaint.get("id").asLong()).getStatusCode())
                .as("every team's tickets in EAST").isEqualTo(HttpStatus.OK);
        assertThat(get(TestUsers.MANAGER_EAST, "/api/customers/" + eastComplaint.get("customer").get("id").asLong())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(TestUsers.MANAGER_EAST, "/api/tickets/" + north).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode list = get(TestUsers.MANAGER_EAST, "/api/tickets?size=200").getBody();
        assertThat(ids(list)).contains(east, eastComplaint.get("id").asLong()).doesNotContain(north);
        assertThat(list.get("items")).allSatisfy(t -> assertThat(List.of(t.get("region").asText(),
                t.path("handlingRegion").asText())).contains("EAST"));
        assertThat(get(TestUsers.MANAGER_EAST, "/api/tickets?region=NORTH&size=200").getBody().get("total")
                .asLong()).as("northern tickets only where the east handles them, or the other way round")
                .isEqualTo(jdbc.queryForObject("select count(*) from tf_ticket where (region = 'NORTH' "
                        + "or handling_region = 'NORTH') and (region = 'EAST' or handling_region = 'EAST')",
                        Long.class));
    }

    @Test
    void integratorsMayNotPostPublicReplies() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        long events = eventsOf(id);

        ResponseEntity<JsonNode> reply = post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/replies",
                Map.of("message", "We are on it"));

        assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(eventsOf(id)).isEqualTo(events);
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/customer-replies",
                Map.of("message", "Any news?")).getStatusCode()).as("they relay the customer's messages")
                .isEqualTo(HttpStatus.OK);
        assertThat(post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message", "On our way"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void transfer(long id, String team, String assignee) {
        ResponseEntity<JsonNode> moved = post(TestUsers.ADMIN, "/api/tickets/" + id + "/transfers",
                Map.of("team", team, "assignee", assignee, "reason", "testing who sees it"));
        assertThat(moved.getStatusCode()).as("%s", moved.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void resolveAs(String agent, long id) {
        String task = taskService.createTaskQuery().processInstanceId(processInstanceOf(id)).singleResult().getId();
        assertThat(post(agent, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select status from tf_ticket where id = ?", String.class, id))
                .isEqualTo("RESOLVED");
    }

    private String processInstanceOf(long id) {
        return jdbc.queryForObject("select process_instance_id from tf_ticket where id = ?", String.class, id);
    }

    private long eventsOf(long id) {
        return jdbc.queryForObject("select count(*) from tf_ticket_event where ticket_id = ?", Long.class, id);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    private static List<String> ticketsIn(JsonNode timeline) {
        List<String> numbers = new ArrayList<>();
        timeline.forEach(e -> {
            if (e.get("kind").asText().equals("TICKET")) {
                numbers.add(e.get("reference").asText());
            }
        });
        return numbers;
    }

    private JsonNode upload() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(TestUsers.INTEGRATOR, TestUsers.PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(PNG) {
            @Override
            public String getFilename() {
                return "photo.png";
            }
        });
        ResponseEntity<JsonNode> uploaded = http.exchange("/api/attachments", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return uploaded.getBody();
    }

    private ResponseEntity<byte[]> bytes(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, TestUsers.PASSWORD);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }
}
