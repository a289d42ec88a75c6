package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import io.ticketflow.support.JourneyStandIns;
import io.ticketflow.support.LifecycleStandIns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * The real {@code processes/field-service.bpmn} with the real confirmation block on an in-memory engine, routed by
 * the real routing tables: the engineer's appointment, check-in, reschedule, a customer not at home, the work
 * report that becomes the service report, a repair quote through the real approval block, and the customer's
 * acceptance or rejection.
 */
@Deployment(resources = {"processes/field-service.bpmn", "processes/customer-confirmation.bpmn",
        "processes/approval.bpmn"})
class FieldServiceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");
    private static final Date SATURDAY_TEN = Date.from(Instant.parse("2026-03-14T02:00:00Z"));

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        LifecycleStandIns.register(steps);
        JourneyStandIns.register(steps);
        Mocks.register("serviceReportDelegate", (JavaDelegate) execution -> steps.add("report:"
                + execution.getVariable("serviceType") + "/" + execution.getVariable("complexity")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theEngineerAgreesTheAppointmentChecksInReportsTheWorkAndTheCustomerAccepts() {
        ProcessInstance job = startJob("evan");
        assertThat(task(job)).hasDefinitionKey("Task_AgreeAppointment").isAssignedTo("evan")
                .hasCandidateGroupAssociated("installation");

        complete(task(job), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(job), Map.of("visit", "CHECKED_IN", "checkInLocation", "31.22,121.54"));
        complete(task(job), workReport());
        assertThat(job).isWaitingAt("Call_CustomerConfirmation");
        runtimeService().createMessageCorrelation("Msg_ResolutionConfirmed").processInstanceBusinessKey("TF-TEST")
                .setVariable("resolutionAccepted", true).correlate();
        execute(managementService().createJobQuery().processInstanceId(job.getId()).singleResult());

        assertThat(job).isEnded().hasPassed("Task_SaveServiceReport", "EndEvent_JobClosed");
        assertThat(steps).containsExactly("route", "start-sla", "report:INSTALLATION/COMPLEX", "resolve:null",
                "close", "settle");
    }

    @Test
    void aRescheduledVisitGoesBackToTheAppointment() {
        ProcessInstance job = startJob("evan");
        complete(task(job), Map.of("appointmentAt", SATURDAY_TEN));

        complete(task(job), Map.of("visit", "RESCHEDULE"));

        assertThat(task(job)).hasDefinitionKey("Task_AgreeAppointment").isAssignedTo("evan");
    }

    @Test
    void aCustomerNotAtHomeIsCalledAndEitherRebooksOrTheJobIsClosed() {
        ProcessInstance job = startJob("evan");
        complete(task(job), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(job), Map.of("visit", "NO_SHOW"));
        assertThat(task(job)).hasDefinitionKey("Task_NoShow");
        complete(task(job), Map.of("rebook", true));
        assertThat(task(job)).hasDefinitionKey("Task_AgreeAppointment");

        complete(task(job), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(job), Map.of("visit", "NO_SHOW"));
        complete(task(job), Map.of("rebook", false));

        assertThat(job).isWaitingAt("Call_CustomerConfirmation").hasNotPassed("Task_SaveServiceReport");
    }

    @Test
    void aCustomerWhoRejectsTheWorkGetsAnotherVisit() {
        ProcessInstance job = startJob("evan");
        complete(task(job), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(job), Map.of("visit", "CHECKED_IN"));
        complete(task(job), workReport());

        runtimeService().createMessageCorrelation("Msg_ResolutionConfirmed").processInstanceBusinessKey("TF-TEST")
                .setVariable("resolutionAccepted", false).correlate();

        assertThat(task(job)).hasDefinitionKey("Task_AgreeAppointment").isNotAssigned();
        assertThat(steps).endsWith("reopen");
    }

    @Test
    void aQuoteAbove50000WaitsForTheTechnicalDirectorAndARejectionReturnsToTheEngineersTeam() {
        ProcessInstance job = startJob("evan");
        complete(task(job), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(job), Map.of("visit", "QUOTE"));
        assertThat(task(job)).hasDefinitionKey("Task_QuoteRepair").isAssignedTo("evan");

        complete(task(job), Map.of("repairQuote", 60_000L, "quoteNote", "Gearbox replacement"));
        assertThat(approvalStep("Task_Approve")).hasCandidateGroup("technical-director");
        complete(approvalStep("Task_Approve"), Map.of("approved", false, "approvalNote", "Get a second opinion"));
        assertThat(approvalStep("Task_Revise")).hasCandidateGroup("installation");
        complete(approvalStep("Task_Revise"), Map.of("resubmit", false, "approvalAmount", 60_000L));

        assertThat(job).isWaitingAt("Call_CustomerConfirmation").hasPassed("Gateway_QuoteApproved")
                .hasNotPassed("Task_ReportWork", "Task_SaveServiceReport");
        assertThat(steps).contains("ask:technical-director", "resolve:null");
    }

    @Test
    void anApprovedQuoteGoesOnToTheWorkReportAndOneUnderTheThresholdNeedsNoApproval() {
        ProcessInstance approved = startJob("evan");
        complete(task(approved), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(approved), Map.of("visit", "QUOTE"));
        complete(task(approved), Map.of("repairQuote", 60_000L, "quoteNote", "Gearbox replacement"));
        complete(approvalStep("Task_Approve"), Map.of("approved", true, "approvalNote", "Within the warranty budget"));
        assertThat(task(approved)).hasDefinitionKey("Task_ReportWork");
        assertThat(approved).variables().containsEntry("repairQuote", 60_000L);
        runtimeService().deleteProcessInstance(approved.getId(), "next case");

        ProcessInstance small = startJob("evan");
        complete(task(small), Map.of("appointmentAt", SATURDAY_TEN));
        complete(task(small), Map.of("visit", "QUOTE"));
        complete(task(small), Map.of("repairQuote", 30_000L, "quoteNote", "New compressor"));

        assertThat(task(small)).hasDefinitionKey("Task_ReportWork");
        assertThat(steps).containsOnlyOnce("ask:technical-director");
    }

    /** A step of the called approval block (one job at a time runs in these tests). */
    private static Task approvalStep(String definitionKey) {
        return taskService().createTaskQuery().taskDefinitionKey(definitionKey).singleResult();
    }

    private static Map<String, Object> workReport() {
        Map<String, Object> report = new HashMap<>();
        report.put("workMinutes", 95L);
        report.put("serviceType", "INSTALLATION");
        report.put("complexity", "COMPLEX");
        report.put("city", "Shanghai");
        report.put("nightVisit", true);
        return report;
    }

    private static ProcessInstance startJob(String engineer) {
        return runtimeService().startProcessInstanceByKey("FieldService", "TF-TEST", Variables.createVariables()
                .putValue("ticketId", 1L).putValue("autoCloseAfter", "P7D")
                .putValue("category", "INSTALLATION").putValue("channel", "WEB").putValue("tier", "STANDARD")
                .putValue("region", "EAST").putValue("dispatchTo", engineer));
    }
}
