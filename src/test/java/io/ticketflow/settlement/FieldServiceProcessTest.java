package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ticketflow.routing.TicketRouter;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.support.LifecycleStandIns;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code processes/field-service.bpmn} with the real confirmation block on an in-memory engine, routed by
 * the real routing tables: the engineer's appointment, check-in, reschedule, a customer not at home, the work
 * report that becomes the service report, and the customer's acceptance or rejection.
 */
@Deployment(resources = {"processes/field-service.bpmn", "processes/customer-confirmation.bpmn"})
class FieldServiceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");
    private static final Date SATURDAY_TEN = Date.from(Instant.parse("2026-03-14T02:00:00Z"));

    private static TicketRouter router;
    private final List<String> steps = new ArrayList<>();

    @BeforeAll
    static void compileRoutingTables() {
        router = new TicketRouter(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        LifecycleStandIns.register(router, steps);
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
