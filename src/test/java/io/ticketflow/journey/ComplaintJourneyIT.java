package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The complaint journey over HTTP: the journeys table sends complaints to it; the departments' steps open at once for
 * their groups, each with its own target; the complaint is resolved only after all of them and the owner's
 * callback; a refund above the threshold waits for the technical director; journey messages are checked.
 */
class ComplaintJourneyIT extends ApiIntegrationTest {

    @Autowired
    private ManagementService managementService;

    @Test
    void threeDepartmentsWorkAtOnceOneEscalatesAndTheComplaintClosesOnlyAfterAllAndTheCallback() {
        long id = createComplaint();
        JsonNode journey = journey(id);
        assertThat(journey.get("key").asText()).isEqualTo("Complaint");
        assertThat(journey.get("chosenBy").asText()).contains("journeys table").contains("Complaints");

        triage(id, true, true, true, 30_000);

        assertThat(activeSteps(id)).containsExactlyInAnyOrder("Reship the goods@warehouse",
                "Trace the shipment@logistics", "Pay the refund@finance");
        JsonNode reship = taskNodeOf(TestUsers.WAREHOUSE_CLERK, id);
        assertThat(reship.get("kind").asText()).isEqualTo("WAREHOUSE");
        assertThat(reship.get("dueAt").isNull()).isFalse();
        assertThat(taskNodeOf(TestUsers.LOGISTICS_CLERK, id).get("step").asText()).isEqualTo("Trace the shipment");
        assertThat(taskNodeOf(TestUsers.FINANCE_CLERK, id).get("step").asText()).isEqualTo("Pay the refund");
        assertThat(get(TestUsers.WAREHOUSE_CLERK, "/api/tickets/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);

        Job overdue = managementService.createJobQuery().activityId("BoundaryEvent_ReshipOverdue")
                .processInstanceId(processInstanceOf(id)).singleResult();
        ClockUtil.setCurrentTime(Date.from(overdue.getDuedate().toInstant().plusSeconds(1)));
        managementService.executeJob(overdue.getId());
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("STEP_BREACHED step \"Reship the goods\"")
                .contains(TestUsers.WAREHOUSE_SUPERVISOR));
        assertThat(journeyStep(id, "Reship the goods").get("overdue").asBoolean()).isTrue();

        complete(TestUsers.LOGISTICS_CLERK, id, Map.of("fields", Map.of("traceResult", "LOST")));
        complete(TestUsers.FINANCE_CLERK, id, Map.of("fields", Map.of("paymentReference", "BANK-7781")));
        complete(TestUsers.WAREHOUSE_CLERK, id, Map.of("fields", Map.of("trackingNumber", "SF1002003")));
        assertThat(activeSteps(id)).isEmpty();
        assertThat(status(id)).isEqualTo("IN_PROGRESS");

        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/messages",
                Map.of("message", "RECEIPT_CONFIRMED", "note", "Customer got parcel SF1002003")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(activeSteps(id)).containsExactly("Call the customer back@complaints");
        complete(TestUsers.AGENT_VIP, id, Map.of("outcome", "RESOLVED", "comment", "Refunded and reshipped"));
        assertThat(status(id)).isEqualTo("RESOLVED");

        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/confirmation",
                Map.of("accepted", true, "rating", 4)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("STEP_DONE step \"Reship the goods\"")
                .contains("trackingNumber=\"SF1002003\""));
    }

    @Test
    void aSixtyThousandRefundWaitsForTheTechnicalDirectorAndARejectionReturnsToFinanceWithTheReason() {
        long id = createComplaint();
        triage(id, false, false, true, 60_000);

        assertThat(activeSteps(id)).containsExactly("Approve@technical-director");
        assertThat(taskOf(TestUsers.FINANCE_CLERK, id)).isNull();
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("APPROVAL_REQUESTED level 1 of 1: "
                + "technical-director to approve REFUND of 60000"));

        ResponseEntity<JsonNode> noReason = post(TestUsers.TECHNICAL_DIRECTOR, "/api/tasks/"
                + taskOf(TestUsers.TECHNICAL_DIRECTOR, id) + "/complete", Map.of("fields", Map.of("approved", false)));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("errors").get(0).get("field").asText()).isEqualTo("fields.approvalNote");
        complete(TestUsers.TECHNICAL_DIRECTOR, id,
                Map.of("fields", Map.of("approved", false, "approvalNote", "Photos show no damage")));

        assertThat(activeSteps(id)).containsExactly("Revise or withdraw the request@finance");
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("STEP_DONE step \"Approve\" (APPROVAL) "
                + "done: approved=false, approvalNote=\"Photos show no damage\""));
        assertThat(timelineActors(id)).contains(TestUsers.TECHNICAL_DIRECTOR);
    }

    @Test
    void aThirtyThousandRefundNeedsNoApproval() {
        long id = createComplaint();
        triage(id, false, false, true, 30_000);

        assertThat(activeSteps(id)).containsExactly("Pay the refund@finance");
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("APPROVED REFUND of 30000 needs no "
                + "approval"));
    }

    @Test
    void journeyMessagesAreCheckedAndChangeNothingWhenRefused() {
        long id = createComplaint();

        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/999999999/messages",
                Map.of("message", "RECEIPT_CONFIRMED")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/messages",
                Map.of("message", "RECEIPT_CONFIRMED")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/messages",
                Map.of("message", "BLOCKER_RAISED")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknown = post(TestUsers.AGENT_VIP, "/api/tickets/" + id + "/messages",
                Map.of("message", "OPEN_SESAME"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().toString()).contains("message");
        assertThat(timeline(id)).noneSatisfy(e -> assertThat(e).startsWith("JOURNEY_MESSAGE"));

        triage(id, true, false, false, 0);
        assertThat(post(TestUsers.AGENT_VIP, "/api/tickets/" + id + "/messages",
                Map.of("message", "BLOCKER_RAISED", "note", "Warehouse has no stock")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(activeSteps(id)).containsExactlyInAnyOrder("Reship the goods@warehouse",
                "Clear the blocker@complaints");
    }

    @Test
    void whoTriagedTheComplaintMayNotApproveItsRefundAndFinancePaysOnlyTheApprovedAmount() {
        long id = createComplaint();
        complete(TestUsers.OWNER_AND_DIRECTOR, id, Map.of("fields", Map.of("needsWarehouse", false,
                "needsLogistics", false, "needsFinance", true, "refundAmount", 60_000)));

        ResponseEntity<JsonNode> ownApproval = post(TestUsers.OWNER_AND_DIRECTOR, "/api/tasks/"
                + taskOf(TestUsers.OWNER_AND_DIRECTOR, id) + "/complete",
                Map.of("fields", Map.of("approved", true, "approvalNote", "Fine by me")));
        assertThat(ownApproval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(activeSteps(id)).containsExactly("Approve@technical-director");

        complete(TestUsers.TECHNICAL_DIRECTOR, id, Map.of("fields", Map.of("approved", true, "approvalNote", "ok")));
        ResponseEntity<JsonNode> more = post(TestUsers.FINANCE_CLERK, "/api/tasks/"
                + taskOf(TestUsers.FINANCE_CLERK, id) + "/complete",
                Map.of("fields", Map.of("refundAmount", 9_000_000, "paymentReference", "BANK-1")));
        assertThat(more.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(more.getBody().get("errors").get(0).get("field").asText()).isEqualTo("fields.refundAmount");
        complete(TestUsers.FINANCE_CLERK, id, Map.of("fields", Map.of("paymentReference", "BANK-1")));
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("STEP_DONE step \"Pay the refund\"")
                .contains("refundAmount=60000"));
    }

    @Test
    void onlyThoseWorkingTheComplaintRaiseABlockerAndOneAtATime() {
        long id = createTicket(TicketFixture.ticket("WEB", "COMPLAINT", "NORTH", "STANDARD")).get("id").asLong();
        triage(id, true, false, false, 0);

        assertThat(get(TestUsers.ENGINEER_NORTH, "/api/tickets/" + id).getStatusCode())
                .as("the northern engineer sees the northern complaint").isEqualTo(HttpStatus.OK);
        assertThat(post(TestUsers.ENGINEER_NORTH, "/api/tickets/" + id + "/messages",
                Map.of("message", "BLOCKER_RAISED")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(TestUsers.WAREHOUSE_CLERK, "/api/tickets/" + id + "/messages",
                Map.of("message", "BLOCKER_RAISED", "note", "No stock")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(TestUsers.WAREHOUSE_CLERK, "/api/tickets/" + id + "/messages",
                Map.of("message", "BLOCKER_RAISED", "note", "Still no stock")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    private long createComplaint() {
        return createTicket(TicketFixture.ticket("WEB", "COMPLAINT", "EAST", "STANDARD")).get("id").asLong();
    }

    private void triage(long id, boolean warehouse, boolean logistics, boolean finance, long refund) {
        complete(TestUsers.AGENT_VIP, id, Map.of("fields", Map.of("needsWarehouse", warehouse, "needsLogistics",
                logistics, "needsFinance", finance, "refundAmount", refund)));
    }

    private void complete(String user, long id, Map<String, Object> body) {
        String task = taskOf(user, id);
        assertThat(task).as("%s has a task of ticket %s", user, id).isNotNull();
        ResponseEntity<JsonNode> done = post(user, "/api/tasks/" + task + "/complete", body);
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode journey(long id) {
        return get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("details").get("journey");
    }

    private JsonNode journeyStep(long id, String name) {
        for (JsonNode step : journey(id).get("activeSteps")) {
            if (step.get("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no active step " + name);
    }

    private List<String> activeSteps(long id) {
        List<String> steps = new ArrayList<>();
        journey(id).get("activeSteps").forEach(s -> steps.add(s.get("name").asText() + "@" + s.get("team").asText()));
        return steps;
    }

    private String status(long id) {
        return get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("status").asText();
    }

    private String processInstanceOf(long id) {
        return jdbc.queryForObject("select process_instance_id from tf_ticket where id = ?", String.class, id);
    }

    private List<String> timeline(long id) {
        List<String> events = new ArrayList<>();
        get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("timeline")
                .forEach(e -> events.add(e.get("event").asText() + " " + e.get("detail").asText()));
        return events;
    }

    private List<String> timelineActors(long id) {
        List<String> actors = new ArrayList<>();
        get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("timeline")
                .forEach(e -> actors.add(e.get("actor").asText()));
        return actors;
    }
}
