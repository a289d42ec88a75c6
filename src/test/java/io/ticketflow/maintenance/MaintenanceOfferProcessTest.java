package io.ticketflow.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ticketflow.support.LifecycleStandIns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code processes/maintenance-offer.bpmn}, routed by the real routing tables: the team offers the visit;
 * accepted, it is handed to field service and the offer closes; declined, it closes; not reached, the team tries
 * again two days later (engine clock).
 */
@Deployment(resources = "processes/maintenance-offer.bpmn")
class MaintenanceOfferProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        LifecycleStandIns.register(steps);
        Mocks.register("fieldServiceHandoffDelegate", (JavaDelegate) execution -> steps.add("hand over:"
                + execution.getVariable("preferredDate")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anAcceptedVisitIsHandedToFieldServiceAndTheOfferCloses() {
        ProcessInstance offer = startOffer();
        assertThat(task(offer)).hasDefinitionKey("Task_OfferVisit").hasCandidateGroup("support-l1");

        Date preferred = Date.from(Instant.parse("2026-03-20T02:00:00Z"));
        complete(task(offer), Map.of("offer", "ACCEPTED", "preferredDate", preferred));

        assertThat(offer).isEnded().hasPassed("Task_HandToFieldService", "EndEvent_OfferDone");
        assertThat(steps).containsExactly("route", "start-sla", "hand over:" + preferred, "resolve:null", "close");
    }

    @Test
    void aDeclinedOfferClosesWithoutAVisit() {
        ProcessInstance offer = startOffer();

        complete(task(offer), Map.of("offer", "DECLINED", "offerNote", "Serviced it elsewhere"));

        assertThat(offer).isEnded().hasNotPassed("Task_HandToFieldService");
        assertThat(steps).endsWith("resolve:null", "close");
    }

    @Test
    void aCustomerNotReachedIsCalledAgainTwoDaysLater() {
        ProcessInstance offer = startOffer();
        complete(task(offer), Map.of("offer", "NO_ANSWER"));
        assertThat(offer).isWaitingAt("TimerEvent_TryAgain");
        assertThat(job(offer).getDuedate()).isEqualTo(Date.from(MONDAY_MORNING.plusSeconds(2 * 24 * 3600)));

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plusSeconds(2 * 24 * 3600 + 60)));
        execute(job(offer));

        assertThat(task(offer)).hasDefinitionKey("Task_OfferVisit").hasCandidateGroup("support-l1");
        complete(task(offer), Map.of("offer", "ACCEPTED", "preferredDate", new Date()));
        assertThat(offer).isEnded().hasPassed("Task_HandToFieldService");
    }

    private static ProcessInstance startOffer() {
        return runtimeService().startProcessInstanceByKey("MaintenanceOffer", "TF-TEST", Variables.createVariables()
                .putValue("ticketId", 1L).putValue("autoCloseAfter", "P7D")
                .putValue("category", "MAINTENANCE_OFFER").putValue("channel", "API").putValue("tier", "STANDARD")
                .putValue("region", "EAST").putValue("dispatchTo", null));
    }
}
