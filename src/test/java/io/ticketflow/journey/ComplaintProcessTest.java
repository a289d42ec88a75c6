package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import io.ticketflow.support.JourneyStandIns;
import io.ticketflow.support.LifecycleStandIns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code processes/complaint.bpmn} with the real approval and confirmation blocks on an in-memory engine,
 * routed by the real routing tables: the triage's choices, the departments at once, the warehouse's reship loop,
 * the refund through the approval block, a blocker, a step's timer by the engine clock, and the customer's answer.
 */
@Deployment(resources = {"processes/complaint.bpmn", "processes/approval.bpmn",
    "processes/customer-confirmation.bpmn"})
class ComplaintProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");
    private static final String NUMBER = "TF-TEST";

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        LifecycleStandIns.register(steps);
        JourneyStandIns.register(steps);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void threeDepartmentsWorkAtOnceAndTheOwnerCallsBackOnlyWhenAllAreDone() {
        ProcessInstance complaint = startComplaint();
        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Triage");

        triage(true, true, true, 30_000);

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("Task_Reship", "Task_TraceShipment", "Task_PayRefund");
        assertThat(task("Task_Reship")).satisfies(t -> assertThat(candidates(t)).containsExactly("warehouse"));
        assertThat(task("Task_TraceShipment")).satisfies(t -> assertThat(candidates(t)).containsExactly("logistics"));
        assertThat(task("Task_PayRefund")).satisfies(t -> assertThat(candidates(t)).containsExactly("finance"));

        complete(task("Task_TraceShipment"), Map.of("traceResult", "LOST"));
        complete(task("Task_PayRefund"), Map.of("paymentReference", "BANK-7781"));
        complete(task("Task_Reship"), Map.of("trackingNumber", "SF100"));
        assertThat(openTasks()).isEmpty();

        message("Msg_ReceiptMissing");
        complete(task("Task_Reship"), Map.of("trackingNumber", "SF101"));
        assertThat(openTasks()).isEmpty();
        message("Msg_ReceiptConfirmed");

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_CallBack");
        complete(task("Task_CallBack"), Map.of("outcome", "RESOLVED"));
        runtimeService().createMessageCorrelation("Msg_ResolutionConfirmed").processInstanceBusinessKey(NUMBER)
                .setVariable("resolutionAccepted", true).correlate();
        execute(managementService().createJobQuery().processInstanceId(complaint.getId()).singleResult());

        assertThat(complaint).isEnded().hasPassed("EndEvent_ComplaintClosed");
        assertThat(steps).containsExactly("route", "start-sla", "approved", "resolve:null", "close", "settle");
    }

    @Test
    void aRefundOfSixtyThousandWaitsForTheTechnicalDirectorAndARejectionGoesBackToFinance() {
        startComplaint();
        triage(false, false, true, 60_000);

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Approve");
        assertThat(candidates(task("Task_Approve"))).containsExactly("technical-director");
        complete(task("Task_Approve"), Map.of("approved", false, "approvalNote", "Photos do not show damage"));

        assertThat(candidates(task("Task_Revise"))).containsExactly("finance");
        complete(task("Task_Revise"), Map.of("resubmit", true, "approvalAmount", 40_000L));
        assertThat(candidates(task("Task_Approve"))).as("the director who said no sees the revised amount")
                .containsExactly("technical-director");
        complete(task("Task_Approve"), Map.of("approved", true, "approvalNote", "40,000 is fair"));

        assertThat(task("Task_PayRefund")).isNotNull();
        assertThat(runtimeService().getVariable(task("Task_PayRefund").getExecutionId(), "refundAmount"))
                .isEqualTo(40_000L);
        assertThat(steps).containsSubsequence("ask:technical-director", "ask:technical-director", "approved");
    }

    @Test
    void aWithdrawnRefundLetsTheOtherDepartmentsFinish() {
        startComplaint();
        triage(false, true, true, 60_000);
        complete(task("Task_Approve"), Map.of("approved", false, "approvalNote", "No"));
        complete(task("Task_Revise"), Map.of("resubmit", false, "approvalAmount", 60_000L));

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_TraceShipment");
        complete(task("Task_TraceShipment"), Map.of("traceResult", "DELIVERED"));
        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_CallBack");
    }

    @Test
    void aComplaintNeedingNoDepartmentGoesStraightToTheCallBack() {
        startComplaint();
        triage(false, false, false, 0);

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_CallBack");
    }

    @Test
    void aDepartmentStepPastItsTargetEscalatesAndStaysOpen() {
        startComplaint();
        triage(true, false, false, 0);

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(JourneyStandIns.STEP_DUE).plusSeconds(1)));
        execute(managementService().createJobQuery().activityId("BoundaryEvent_ReshipOverdue").singleResult());

        assertThat(steps).endsWith("escalate");
        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Reship");
    }

    @Test
    void aBlockerGoesToTheOwnerWhileTheDepartmentsWorkOn() {
        startComplaint();
        triage(true, true, false, 0);

        message("Msg_BlockerRaised");

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("Task_Reship", "Task_TraceShipment", "Task_ClearBlocker");
        assertThat(candidates(task("Task_ClearBlocker"))).containsExactly("complaints");
    }

    @Test
    void aRejectedResolutionIsTriagedAgain() {
        startComplaint();
        triage(false, false, false, 0);
        complete(task("Task_CallBack"), Map.of("outcome", "RESOLVED"));

        runtimeService().createMessageCorrelation("Msg_ResolutionConfirmed").processInstanceBusinessKey(NUMBER)
                .setVariable("resolutionAccepted", false).correlate();

        assertThat(openTasks()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_Triage");
        assertThat(steps).endsWith("reopen");
    }

    private ProcessInstance startComplaint() {
        return runtimeService().startProcessInstanceByKey("Complaint", NUMBER, Variables.createVariables()
                .putValue("ticketId", 1L).putValue("autoCloseAfter", "P7D")
                .putValue("category", "COMPLAINT").putValue("channel", "WECHAT").putValue("tier", "STANDARD")
                .putValue("region", "EAST").putValue("dispatchTo", null));
    }

    private void triage(boolean warehouse, boolean logistics, boolean finance, long refund) {
        complete(task("Task_Triage"), Map.of("needsWarehouse", warehouse, "needsLogistics", logistics,
                "needsFinance", finance, "refundAmount", refund));
    }

    private static void message(String name) {
        runtimeService().createMessageCorrelation(name).processInstanceBusinessKey(NUMBER).correlate();
    }

    private static List<Task> openTasks() {
        return taskService().createTaskQuery().processInstanceBusinessKey(NUMBER).list();
    }

    private static Task task(String definitionKey) {
        return taskService().createTaskQuery().processInstanceBusinessKey(NUMBER).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private static List<String> candidates(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }
}
