package io.ticketflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import io.ticketflow.ticket.Priority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The agent's task list: who sees which task, and claim/complete conflicts. */
class TaskApiIT extends ApiIntegrationTest {

    @Test
    void listsATeamsTaskWithItsTicketForEveryAgentOfTheTeamOnly() {
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        long id = ticket.get("id").asLong();

        JsonNode task = taskNode(TestUsers.AGENT_EAST, id);

        assertThat(task.get("ticketNumber").asText()).isEqualTo(ticket.get("number").asText());
        assertThat(task.get("subject").asText()).isEqualTo("Washing machine leaks");
        assertThat(task.get("priority").asText()).isEqualTo("NORMAL");
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_HandleTicket");
        assertThat(task.get("name").asText()).isEqualTo(ticket.get("number").asText() + " · REPAIR · EAST");
        assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("repair-east");
        assertThat(taskOf(TestUsers.AGENT_EAST_2, id)).isEqualTo(task.get("id").asText());
        assertThat(taskOf(TestUsers.AGENT_VIP, id)).isNull();
    }

    @Test
    void aClaimedTaskStaysInTheClaimersListAndLeavesNoOneElseConfused() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);

        post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/claim", null);
        ResponseEntity<JsonNode> again = post(TestUsers.AGENT_EAST_2, "/api/tasks/" + task + "/claim", null);
        ResponseEntity<JsonNode> completeByOther = post(TestUsers.AGENT_EAST_2, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED"));

        assertThat(taskNode(TestUsers.AGENT_EAST, id).get("assignee").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("already claimed by " + TestUsers.AGENT_EAST);
        assertThat(completeByOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAgentOfAnotherTeamMayNeitherClaimNorCompleteNorLearnTheTaskExists() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);

        ResponseEntity<JsonNode> claim = post(TestUsers.AGENT_VIP, "/api/tasks/" + task + "/claim", null);
        ResponseEntity<JsonNode> complete = post(TestUsers.AGENT_VIP, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED"));

        assertThat(claim.getStatusCode()).as("another team's ticket is not visible").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(claim.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:not-found");
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskNode(TestUsers.AGENT_EAST, id).has("assignee")).isFalse();
    }

    @Test
    void completingAnUnclaimedTeamTaskClaimsItForTheAgent() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);

        ResponseEntity<JsonNode> completed = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED"));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode ticket = get(TestUsers.SUPERVISOR, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("assignee").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(ticket.get("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aCompletedTaskIsAConflictAndAnUnknownTaskIsNotFound() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);
        post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED"));

        ResponseEntity<JsonNode> twice = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "RESOLVED"));
        ResponseEntity<JsonNode> unknown = post(TestUsers.AGENT_EAST, "/api/tasks/no-such-task/claim", null);

        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void pagesThroughALongTaskList() {
        long first = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        createTicket(TicketFixture.repairTicketInTheEast());

        JsonNode pageOne = get(TestUsers.AGENT_EAST_2, "/api/tasks?size=1&page=0").getBody();
        JsonNode pageTwo = get(TestUsers.AGENT_EAST_2, "/api/tasks?size=1&page=1").getBody();
        ResponseEntity<JsonNode> tooBig = get(TestUsers.AGENT_EAST_2, "/api/tasks?size=5000");

        assertThat(pageOne).hasSize(1);
        assertThat(pageTwo).hasSize(1);
        assertThat(pageOne.get(0).get("id").asText()).isNotEqualTo(pageTwo.get(0).get("id").asText());
        assertThat(taskOf(TestUsers.AGENT_EAST_2, first)).isNotNull();
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().get("errors").get(0).get("field").asText()).isEqualTo("size");
    }

    @Test
    void listsTheMostUrgentFirstThenTheOldestTicket() {
        long older = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        long urgent = createTicket(TicketFixture.ticket("PHONE", "REPAIR", "EAST", "STANDARD")).get("id").asLong();

        List<JsonNode> tasks = new ArrayList<>();
        get(TestUsers.AGENT_EAST_2, "/api/tasks?size=200").getBody().forEach(tasks::add);

        List<Long> ticketIds = tasks.stream().map(task -> task.get("ticketId").asLong()).toList();
        assertThat(ticketIds).contains(older, urgent);
        assertThat(ticketIds.indexOf(urgent)).isLessThan(ticketIds.indexOf(older));
        assertThat(tasks).isSortedAccordingTo(Comparator
                .comparing((JsonNode task) -> Priority.valueOf(task.get("priority").asText())).reversed()
                .thenComparing(task -> task.get("ticketId").asLong()));
    }

    @Test
    void aTicketWaitingOnTheCustomerStaysInTheListOfWhoeverHasItOrOfItsTeam() {
        long claimed = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        long untaken = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String claimedTask = taskOf(TestUsers.AGENT_EAST, claimed);
        assertThat(post(TestUsers.AGENT_EAST, "/api/tasks/" + claimedTask + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        for (long id : List.of(claimed, untaken)) {
            JsonNode pending = post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies",
                    Map.of("message", "Which model is it?", "awaitCustomer", true)).getBody();
            assertThat(pending.get("status").asText()).isEqualTo("PENDING_CUSTOMER");
        }

        assertThat(taskOf(TestUsers.AGENT_EAST, claimed)).isEqualTo(claimedTask);
        assertThat(taskOf(TestUsers.AGENT_EAST_2, claimed)).as("someone else's").isNull();
        assertThat(taskOf(TestUsers.AGENT_EAST_2, untaken)).as("still the team's").isNotNull();
        assertThat(taskOf(TestUsers.AGENT_VIP, untaken)).isNull();
    }

    @Test
    void completingNeedsAKnownOutcome() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);

        ResponseEntity<JsonNode> missing = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete", Map.of());
        ResponseEntity<JsonNode> unknown = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "GAVE_UP"));

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        assertThat(taskOf(TestUsers.AGENT_EAST, id)).isEqualTo(task);
    }

    @Test
    void twoAgentsClaimingAtOnceGetOneTaskAndOneConflict() throws Exception {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpStatus> east = () -> HttpStatus.valueOf(
                    post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/claim", null).getStatusCode().value());
            Callable<HttpStatus> east2 = () -> HttpStatus.valueOf(
                    post(TestUsers.AGENT_EAST_2, "/api/tasks/" + task + "/claim", null).getStatusCode().value());
            Future<HttpStatus> first = pool.submit(east);
            Future<HttpStatus> second = pool.submit(east2);

            assertThat(List.of(first.get(), second.get()))
                    .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        } finally {
            pool.shutdown();
        }
    }

    private JsonNode taskNode(String user, long ticketId) {
        JsonNode task = taskNodeOf(user, ticketId);
        if (task == null) {
            throw new AssertionError("No task of ticket " + ticketId + " in the list of " + user);
        }
        return task;
    }
}
