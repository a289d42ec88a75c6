package io.ticketflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.dispatch.DispatchDirectory;
import io.ticketflow.dispatch.StationKind;
import io.ticketflow.security.Roles;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Routing and dispatch end to end: a ticket posted over REST lands on the right person, and
 * {@code GET /api/tickets/{id}/routing} says why. The north's supervisor moves the north's tickets; the admin reads
 * them wherever they went. Each test brings its own engineers (the earlier ones of the team
 * go off duty first), so the tests also hold on a MariaDB that earlier tests filled.
 */
class DispatchApiIT extends ApiIntegrationTest {

    private static final String NORTH_TEAM = "repair-north";
    private static final String EAST_TEAM = "repair-east-transfers";
    private static final Map<String, Object> CHAOYANG_CUSTOMER = Map.of("latitude", 39.9150, "longitude", 116.4500);

    @Autowired
    private DispatchDirectory directory;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private TaskService taskService;

    private String run;

    @BeforeEach
    void freshNorthTeam() {
        run = UUID.randomUUID().toString().substring(0, 8);
        for (User member : identityService.createUserQuery().memberOfGroup(NORTH_TEAM).list()) {
            if (directory.agents().stream().anyMatch(a -> a.userId().equals(member.getId()))) {
                directory.setDuty(member.getId(), false);
            }
        }
        directory.saveTeam(NORTH_TEAM, "Repair — North region", "NORTH", true);
        directory.saveStation("IT-CHAOYANG", "Chaoyang station", "NORTH", StationKind.STATION, 39.9219, 116.4436);
        directory.saveStation("IT-HAIDIAN", "Haidian station", "NORTH", StationKind.STATION, 39.9593, 116.2981);
        directory.saveStation("IT-TIANJIN", "Tianjin station", "NORTH", StationKind.STATION, 39.0842, 117.2009);
        directory.saveStation("IT-WAREHOUSE", "Parts warehouse", "NORTH", StationKind.WAREHOUSE, 39.9150, 116.4501);
    }

    @Test
    void repairGoesToTheOnDutySkilledEngineerAtTheNearestStationWithSpareCapacity() {
        String resting = engineer("resting", "IT-CHAOYANG", false, 3, "repair");
        String installer = engineer("installer", "IT-CHAOYANG", true, 3, "installation");
        String full = engineer("full", "IT-CHAOYANG", true, 0, "repair");
        String haidian = engineer("haidian", "IT-HAIDIAN", true, 3, "repair");
        String tianjin = engineer("tianjin", "IT-TIANJIN", true, 3, "repair");

        JsonNode ticket = createTicket(northRepair("STANDARD"));

        assertThat(ticket.get("assignedGroup").asText()).isEqualTo(NORTH_TEAM);
        assertThat(ticket.get("assignee").asText()).isEqualTo(haidian);
        assertThat(ticket.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(ticket.get("handlingRegion").asText()).isEqualTo("NORTH");
        assertThat(taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                .singleResult().getAssignee()).isEqualTo(haidian);

        JsonNode routing = routingOf(ticket).get(0);
        assertThat(routing.get("kind").asText()).isEqualTo("ROUTED");
        assertThat(routing.get("assignee").asText()).isEqualTo(haidian);
        JsonNode explanation = routing.get("explanation");
        assertThat(explanation.get("rules")).extracting(r -> r.get("table").asText() + ": " + r.get("row").asText())
                .containsExactly("routing-service-line: Repairs", "routing-urgency: Everything else",
                        "routing-service-level: Everyone else", "routing-team: Repairs in the north");
        assertThat(explanation.get("nearestStation").asText()).startsWith("Chaoyang station (");
        assertThat(explanation.get("assignment").asText())
                .startsWith("assigned to " + haidian + " (").contains("km from Haidian station")
                .endsWith("the nearest of 2 eligible in repair-north");
        Map<String, String> verdicts = verdicts(explanation);
        assertThat(verdicts.get(haidian)).startsWith("chosen: ").contains("km from Haidian station, 0 of 3 open");
        assertThat(verdicts.get(tianjin)).startsWith("eligible: ").contains("km from Tianjin station");
        assertThat(verdicts.get(resting)).isEqualTo("excluded: off duty");
        assertThat(verdicts.get(installer)).isEqualTo("excluded: lacks skill repair (has installation)");
        assertThat(verdicts.get(full)).isEqualTo("excluded: at capacity (0 of 0 open tickets)");
        assertThat(timelineDetails(ticket, "ROUTED")).singleElement().asString()
                .startsWith("to repair-north (" + haidian + ") at priority NORMAL; assigned to " + haidian);
    }

    @Test
    void theNextTicketGoesToTheNextNearestOnceTheNearestIsFull() {
        String near = engineer("near", "IT-CHAOYANG", true, 1, "repair");
        String far = engineer("far", "IT-TIANJIN", true, 1, "repair");

        JsonNode first = createTicket(northRepair("STANDARD"));
        JsonNode second = createTicket(northRepair("STANDARD"));
        JsonNode third = createTicket(northRepair("STANDARD"));

        assertThat(first.get("assignee").asText()).isEqualTo(near);
        assertThat(second.get("assignee").asText()).isEqualTo(far);
        assertThat(third.hasNonNull("assignee")).as("nobody has capacity left").isFalse();
        assertThat(verdicts(routingOf(second).get(0).get("explanation")).get(near))
                .isEqualTo("excluded: at capacity (1 of 1 open tickets)");
    }

    @Test
    void nobodyEligibleLeavesTheTicketInTheTeamsQueueAndTellsItsSupervisors() {
        engineer("resting", "IT-CHAOYANG", false, 3, "repair");
        String supervisor = "northSup" + run;
        TestUsers.ensureUser(identityService, supervisor, List.of(Roles.SUPERVISOR, NORTH_TEAM));

        JsonNode ticket = createTicket(northRepair("STANDARD"));

        assertThat(ticket.hasNonNull("assignee")).isFalse();
        assertThat(ticket.get("status").asText()).isEqualTo("OPEN");
        JsonNode explanation = routingOf(ticket).get(0).get("explanation");
        assertThat(explanation.get("assignment").asText()).startsWith("nobody in repair-north could take it");
        assertThat(verdicts(explanation).get(supervisor)).startsWith("excluded: has no dispatch profile");
        JsonNode told = get(supervisor, "/api/notifications?kind=DISPATCH_QUEUED&ticketId="
                + ticket.get("id").asLong()).getBody();
        assertThat(told).extracting(n -> n.get("recipientUser").asText()).contains(supervisor);
        assertThat(told.get(0).get("subject").asText()).contains("Nobody in repair-north can take it");
    }

    @Test
    void aVipRepairGoesToTheSeniorPool() {
        directory.saveTeam("repair-senior", "Repair — senior engineers", null, true);
        String senior = "senior" + run;
        TestUsers.ensureUser(identityService, senior, List.of(Roles.AGENT, "repair-senior"));
        directory.saveAgent(senior, null, "IT-HAIDIAN", true, 50, Set.of("repair", "senior"));

        JsonNode ticket = createTicket(northRepair("VIP"));

        assertThat(ticket.get("assignedGroup").asText()).isEqualTo("repair-senior");
        assertThat(ticket.get("assignee").asText()).isEqualTo(senior);
        assertThat(routingOf(ticket).get(0).get("explanation").get("rules"))
                .extracting(r -> r.get("said").asText())
                .contains("VIP customer, lifetime value 0 → service level SENIOR",
                        "SENIOR repair in NORTH → team repair-senior");
    }

    @Test
    void anAgentCannotMoveATicketToAnotherRegionButASupervisorCan() {
        String agent = engineer("agent", "IT-CHAOYANG", true, 5, "repair");
        JsonNode ticket = createTicket(northRepair("STANDARD"));
        assertThat(ticket.get("assignee").asText()).isEqualTo(agent);
        directory.saveTeam(EAST_TEAM, "Repair — East, for transfer tests", "EAST", false);
        Map<String, Object> toEast = Map.of("team", EAST_TEAM, "reason", "Customer is on a trip to Shanghai");

        ResponseEntity<JsonNode> refused = post(agent, transfers(ticket), toEast);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("transfer-policy table, row \"Agents across "
                + "regions\"", "needs a supervisor");
        assertThat(get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody().get("assignedGroup").asText())
                .as("nothing changed").isEqualTo(NORTH_TEAM);

        ResponseEntity<JsonNode> moved = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket), toEast);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().get("kind").asText()).isEqualTo("TRANSFERRED");
        assertThat(moved.getBody().get("explanation").get("rules").get(0).get("row").asText())
                .isEqualTo("Supervisors across regions");
        JsonNode after = get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody();
        assertThat(after.get("assignedGroup").asText()).isEqualTo(EAST_TEAM);
        assertThat(after.get("handlingRegion").asText()).isEqualTo("EAST");
        assertThat(after.hasNonNull("assignee")).isFalse();
        assertThat(after.get("region").asText()).isEqualTo("NORTH");
        assertThat(timelineDetails(after, "TRANSFERRED")).singleElement().asString()
                .contains("to " + EAST_TEAM, "because Customer is on a trip to Shanghai");
        assertThat(candidateGroups(ticket)).containsExactly(EAST_TEAM);
        assertThat(taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                .singleResult().getAssignee()).isNull();
        assertThat(listIds("/api/tickets?region=NORTH&size=200")).as("visible to the customer's region")
                .contains(id(ticket));
        assertThat(listIds("/api/tickets?region=EAST&size=200")).as("and to the region handling it")
                .contains(id(ticket));
        assertThat(directory.agent(agent).openTickets()).as("no longer counts against the agent").isZero();
    }

    @Test
    void aTicketMovedToAnotherRegionsTeamIsDispatchedAmongThatRegionsEngineers() {
        String northEngineer = engineer("north", "IT-CHAOYANG", true, 5, "repair");
        JsonNode eastTicket = createTicket(TicketFixture.ticket("WEB", "REPAIR", "EAST", "STANDARD"));
        assertThat(eastTicket.get("assignedGroup").asText()).isEqualTo("repair-east");

        ResponseEntity<JsonNode> moved = post(TestUsers.SUPERVISOR, transfers(eastTicket),
                Map.of("team", NORTH_TEAM, "reason", "Customer moved to Beijing"));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().get("assignee").asText()).isEqualTo(northEngineer);
        JsonNode after = get(TestUsers.ADMIN, "/api/tickets/" + id(eastTicket)).getBody();
        assertThat(after.get("region").asText()).isEqualTo("EAST");
        assertThat(after.get("handlingRegion").asText()).isEqualTo("NORTH");
    }

    @Test
    void aTransferToANamedMemberChecksThatTheyCanTakeIt() {
        String resting = engineer("resting", "IT-CHAOYANG", false, 3, "repair");
        String willing = engineer("willing", "IT-TIANJIN", true, 3, "repair");
        JsonNode ticket = createTicket(northRepair("STANDARD"));

        ResponseEntity<JsonNode> offDuty = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", NORTH_TEAM, "assignee", resting, "reason", "Knows this customer"));
        assertThat(offDuty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(offDuty.getBody().get("detail").asText()).endsWith("off duty");

        ResponseEntity<JsonNode> notAMember = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", NORTH_TEAM, "assignee", TestUsers.AGENT_EAST, "reason", "Knows this customer"));
        assertThat(notAMember.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notAMember.getBody().toString()).contains("assignee");

        ResponseEntity<JsonNode> given = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", NORTH_TEAM, "assignee", willing, "reason", "Knows this customer"));
        assertThat(given.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(given.getBody().get("summary").asText()).contains("given to " + willing + " by "
                + TestUsers.SUPERVISOR_NORTH);
        assertThat(taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                .singleResult().getAssignee()).isEqualTo(willing);
    }

    @Test
    void aNewCategoryRoutesTheTicketAgain() {
        engineer("engineer", "IT-CHAOYANG", true, 5, "repair");
        JsonNode ticket = createTicket(northRepair("STANDARD"));

        ResponseEntity<JsonNode> rerouted = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("category", "BILLING", "reason", "It is about the invoice, not the machine"));

        assertThat(rerouted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rerouted.getBody().get("kind").asText()).isEqualTo("REROUTED");
        assertThat(rerouted.getBody().get("team").asText()).isEqualTo("billing");
        assertThat(rerouted.getBody().get("priority").asText()).isEqualTo("LOW");
        JsonNode after = get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody();
        assertThat(after.get("category").asText()).isEqualTo("BILLING");
        assertThat(timelineDetails(after, "CATEGORY_CHANGED")).singleElement().asString()
                .isEqualTo("REPAIR → BILLING because It is about the invoice, not the machine");
        assertThat(candidateGroups(ticket)).containsExactly("billing");
        assertThat(routingOf(ticket)).extracting(r -> r.get("kind").asText()).containsExactly("ROUTED", "REROUTED");
    }

    @Test
    void refusesABadTransferNamingTheFieldAndChangesNothing() {
        JsonNode ticket = createTicket(northRepair("STANDARD"));

        ResponseEntity<JsonNode> noReason = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", "billing"));
        ResponseEntity<JsonNode> unknownTeam = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", "no-such-team", "reason", "test"));
        ResponseEntity<JsonNode> both = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", "billing", "category", "BILLING", "reason", "test"));
        ResponseEntity<JsonNode> integrator = post(TestUsers.INTEGRATOR, transfers(ticket),
                Map.of("team", "billing", "reason", "test"));

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().toString()).contains("reason");
        assertThat(unknownTeam.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownTeam.getBody().toString()).contains("there is no team no-such-team");
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(integrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(routingOf(ticket)).hasSize(1);
        assertThat(candidateGroups(ticket)).containsExactly(NORTH_TEAM);
    }

    @Test
    void aResolvedTicketCannotBeMoved() {
        String engineer = engineer("engineer", "IT-CHAOYANG", true, 5, "repair");
        JsonNode ticket = createTicket(northRepair("STANDARD"));
        String task = taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                .singleResult().getId();
        assertThat(post(engineer, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED", "comment", "Fixed"))
                .getStatusCode().is2xxSuccessful()).isTrue();

        ResponseEntity<JsonNode> late = post(TestUsers.SUPERVISOR_NORTH, transfers(ticket),
                Map.of("team", "billing", "reason", "test"));

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private String engineer(String name, String station, boolean onDuty, int capacity, String... skills) {
        String userId = name + run;
        TestUsers.ensureUser(identityService, userId, List.of(Roles.AGENT, NORTH_TEAM));
        directory.saveAgent(userId, "NORTH", station, onDuty, capacity, Set.of(skills));
        return userId;
    }

    private static Map<String, Object> northRepair(String tier) {
        Map<String, Object> ticket = TicketFixture.ticket("WEB", "REPAIR", "NORTH", tier);
        ticket.put("location", CHAOYANG_CUSTOMER);
        return ticket;
    }

    private JsonNode routingOf(JsonNode ticket) {
        ResponseEntity<JsonNode> routing = get(TestUsers.ADMIN, "/api/tickets/" + id(ticket) + "/routing");
        assertThat(routing.getStatusCode()).isEqualTo(HttpStatus.OK);
        return routing.getBody();
    }

    private static Map<String, String> verdicts(JsonNode explanation) {
        Map<String, String> verdicts = new HashMap<>();
        explanation.get("candidates").forEach(c -> verdicts.put(c.get("userId").asText(),
                c.get("verdict").asText() + ": " + c.get("reason").asText()));
        return verdicts;
    }

    private List<String> timelineDetails(JsonNode ticket, String event) {
        JsonNode full = ticket.has("timeline") && !ticket.get("timeline").isNull() ? ticket
                : get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody();
        List<String> details = new ArrayList<>();
        full.get("timeline").forEach(e -> {
            if (e.get("event").asText().equals(event)) {
                details.add(e.get("detail").asText());
            }
        });
        return details;
    }

    private List<String> candidateGroups(JsonNode ticket) {
        String task = taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                .singleResult().getId();
        return taskService.getIdentityLinksForTask(task).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
    }

    private List<Long> listIds(String path) {
        List<Long> ids = new ArrayList<>();
        get(TestUsers.ADMIN, path).getBody().get("items").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    private static long id(JsonNode ticket) {
        return ticket.get("id").asLong();
    }

    private static String transfers(JsonNode ticket) {
        return "/api/tickets/" + id(ticket) + "/transfers";
    }
}
