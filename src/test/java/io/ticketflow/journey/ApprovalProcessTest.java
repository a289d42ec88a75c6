package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ticketflow.support.JourneyStandIns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code processes/approval.bpmn} on an in-memory engine, its levels from the real
 * {@code rules/approval-levels.drl.csv}: every branch — no approval needed, one level, two levels, a rejection that is
 * revised and resubmitted, a rejection withdrawn — and the approver's timers by the engine clock.
 */
@Deployment(resources = "processes/approval.bpmn")
class ApprovalProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        JourneyStandIns.register(steps);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aRefundBelowTheThresholdNeedsNoApproval() {
        ProcessInstance approval = request("REFUND", 30_000);

        assertThat(approval).isEnded().hasPassed("EndEvent_Approved").variables().containsEntry("approved", true);
        assertThat(steps).containsExactly("approved");
    }

    @Test
    void aRepairQuoteOfSixtyThousandWaitsForTheTechnicalDirector() {
        ProcessInstance approval = request("REPAIR_QUOTE", 60_000);

        assertThat(approval).isWaitingAt("Task_Approve");
        assertThat(task(approval)).hasCandidateGroup("technical-director");

        complete(task(approval), Map.of("approved", true, "approvalNote", "Fair price"));

        assertThat(approval).isEnded().hasPassed("EndEvent_Approved");
        assertThat(steps).containsExactly("ask:technical-director", "approved");
    }

    @Test
    void aboveTwoHundredThousandTheGeneralManagerApprovesAfterTheTechnicalDirector() {
        ProcessInstance approval = request("REFUND", 250_000);

        complete(task(approval), Map.of("approved", true, "approvalNote", "ok"));
        assertThat(task(approval)).hasCandidateGroup("general-manager");
        complete(task(approval), Map.of("approved", true, "approvalNote", "ok"));

        assertThat(approval).isEnded().hasPassed("EndEvent_Approved");
        assertThat(steps).containsExactly("ask:technical-director", "ask:general-manager", "approved");
    }

    @Test
    void aRejectionReturnsToTheRequesterWhoRevisesAndResubmitsToEveryLevelAgain() {
        ProcessInstance approval = request("REFUND", 250_000);
        complete(task(approval), Map.of("approved", true, "approvalNote", "ok"));

        complete(task(approval), Map.of("approved", false, "approvalNote", "Too much for a scratch"));

        assertThat(approval).isWaitingAt("Task_Revise");
        assertThat(task(approval)).hasCandidateGroup("finance");
        complete(task(approval), Map.of("resubmit", true, "approvalAmount", 60_000L));

        assertThat(task(approval)).hasDefinitionKey("Task_Approve").hasCandidateGroup("technical-director");
        complete(task(approval), Map.of("approved", true, "approvalNote", "ok"));
        assertThat(task(approval)).as("lowering the amount does not step around the general manager who said no")
                .hasCandidateGroup("general-manager");
        complete(task(approval), Map.of("approved", true, "approvalNote", "60,000 is fair"));
        assertThat(approval).isEnded().hasPassed("EndEvent_Approved");
        assertThat(steps).containsExactly("ask:technical-director", "ask:general-manager", "ask:technical-director",
                "ask:general-manager", "approved");
    }

    @Test
    void aRejectedRequestCanBeWithdrawn() {
        ProcessInstance approval = request("REFUND", 60_000);
        complete(task(approval), Map.of("approved", false, "approvalNote", "No"));

        complete(task(approval), Map.of("resubmit", false, "approvalAmount", 60_000L));

        assertThat(approval).isEnded().hasPassed("EndEvent_Withdrawn").variables().containsEntry("approved", false);
    }

    @Test
    void anApproverWhoDoesNotAnswerIsWarnedThenEscalatedAndTheTaskStays() {
        ProcessInstance approval = request("REFUND", 60_000);
        assertThat(approval).isWaitingAt("Task_Approve");
        assertThat(timers(approval)).isEqualTo(3);

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(JourneyStandIns.STEP_DUE).plusSeconds(1)));
        execute(job("BoundaryEvent_ApprovalDueSoon"));
        execute(job("BoundaryEvent_ApprovalOverdue"));

        assertThat(approval).isWaitingAt("Task_Approve");
        assertThat(timers(approval)).isEqualTo(1);
        assertThat(steps).containsExactly("ask:technical-director", "escalate", "escalate");
        complete(task(approval), Map.of("approved", true, "approvalNote", "Sorry, late"));
        assertThat(approval).isEnded();
    }

    private static long timers(ProcessInstance approval) {
        return managementService().createJobQuery().processInstanceId(approval.getId()).timers().count();
    }

    private ProcessInstance request(String type, long amount) {
        return runtimeService().startProcessInstanceByKey("Approval", "TF-TEST", Variables.createVariables()
                .putValue("ticketId", 1L)
                .putValue("approvalType", type)
                .putValue("approvalAmount", amount)
                .putValue("approvalRequesterGroup", "finance"));
    }
}
