package io.ticketflow.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code processes/proactive-maintenance.bpmn}: it starts every morning at six by its timer (or when an
 * operator starts it) and works through the devices one batch — one job, one transaction — at a time until none is
 * left.
 */
@Deployment(resources = "processes/proactive-maintenance.bpmn")
class ProactiveMaintenanceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private final List<Long> batchesAfter = new ArrayList<>();

    @BeforeEach
    void threeBatchesOfDevices() {
        ClockUtil.setCurrentTime(date(LocalDateTime.parse("2026-12-07T14:00:00")));
        Mocks.register("maintenanceDueDelegate", (JavaDelegate) execution -> {
            long after = execution.getVariable("lastDeviceId") instanceof Number n ? n.longValue() : 0L;
            batchesAfter.add(after);
            execution.setVariable("lastDeviceId", after + 200);
            execution.setVariable("moreDevices", after + 200 < 600);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theTimerStartsARunEveryMorningAtSix() {
        // The engine is shared with the other process tests of the run; some leave timers of their own behind.
        Job timer = managementService().createJobQuery().timers().processDefinitionKey("ProactiveMaintenance")
                .singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.parse("2026-12-08T06:00:00")));

        execute(timer);
        ProcessInstance run = runtimeService().createProcessInstanceQuery().processDefinitionKey(
                "ProactiveMaintenance").singleResult();
        workThroughBatches(run);

        assertThat(run).isEnded().hasPassed("EndEvent_RunDone");
        assertThat(batchesAfter).containsExactly(0L, 200L, 400L);
        assertThat(managementService().createJobQuery().timers().processDefinitionKey("ProactiveMaintenance")
                .singleResult().getDuedate())
                .as("the next morning's run").isEqualTo(date(LocalDateTime.parse("2026-12-08T06:00:00")));
    }

    @Test
    void anOperatorStartsARunAndEachBatchIsAJobOfItsOwn() {
        ProcessInstance run = runtimeService().startProcessInstanceByMessage(
                MaintenanceRunController.MSG_RUN_REQUESTED);
        assertThat(run).isWaitingAt("Task_OpenTickets");
        assertThat(batchesAfter).as("nothing runs in the operator's request").isEmpty();

        execute(job(run));
        assertThat(run).isWaitingAt("Task_OpenTickets");
        assertThat(batchesAfter).containsExactly(0L);

        workThroughBatches(run);
        assertThat(run).isEnded();
        assertThat(batchesAfter).containsExactly(0L, 200L, 400L);
    }

    private static void workThroughBatches(ProcessInstance run) {
        for (int i = 0; i < 10 && !runtimeService().createProcessInstanceQuery().processInstanceId(run.getId())
                .list().isEmpty(); i++) {
            execute(job(run));
        }
    }

    private static Date date(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
