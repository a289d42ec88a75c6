package io.ticketflow.presales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ticketflow.support.LifecycleStandIns;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * The real {@code processes/presales-inquiry.bpmn} on an in-memory engine, routed by the real routing tables: won,
 * lost when not a prospect, follow-up reminders by the engine clock, and an opportunity an integration marked won.
 */
@Deployment(resources = "processes/presales-inquiry.bpmn")
class PresalesInquiryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        LifecycleStandIns.register(steps);
        Mocks.register("opportunityOfTicketDelegate", (JavaDelegate) execution -> steps.add("opportunity"));
        Mocks.register("opportunityOutcomeDelegate", (JavaDelegate) execution -> steps.add("outcome:"
                + execution.getVariable("outcome")));
        Mocks.register("remindSalesOwnerDelegate", (JavaDelegate) execution -> steps.add("remind"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aTestDriveInquiryIsQualifiedConsultedAndWon() {
        ProcessInstance inquiry = startInquiry();
        assertThat(task(inquiry)).hasDefinitionKey("Task_Qualify").hasCandidateGroup("presales");

        complete(task(inquiry), Map.of("qualified", true, "interest", "TEST_DRIVE"));
        assertThat(task(inquiry)).hasDefinitionKey("Task_Consult");
        complete(task(inquiry), Map.of("outcome", "WON", "quoteAmount", 289_000L));

        assertThat(inquiry).isEnded().hasPassed("Task_RecordOutcome", "EndEvent_InquiryClosed");
        assertThat(steps).containsExactly("route", "start-sla", "opportunity", "outcome:WON", "resolve:null",
                "close");
    }

    @Test
    void aLeadThatIsNoProspectClosesAsLost() {
        ProcessInstance inquiry = startInquiry();

        complete(task(inquiry), Map.of("qualified", false, "interest", "OTHER", "lostReason", "Wrong number"));

        assertThat(inquiry).isEnded().hasPassed("Task_NotQualified");
        assertThat(steps).contains("outcome:LOST");
    }

    @Test
    void theSalesOwnerIsRemindedEveryTwoDaysThreeTimesWhileConsulting() {
        ProcessInstance inquiry = startInquiry();
        complete(task(inquiry), Map.of("qualified", true, "interest", "TRIAL_CLASS"));

        for (int reminder = 1; reminder <= 3; reminder++) {
            Job followUp = managementService().createJobQuery().processInstanceId(inquiry.getId())
                    .activityId("BoundaryEvent_FollowUpDue").singleResult();
            assertThat(followUp).as("reminder %s is due", reminder).isNotNull();
            assertThat(followUp.getDuedate().toInstant())
                    .isEqualTo(MONDAY_MORNING.plus(Duration.ofDays(2L * reminder)));
            ClockUtil.setCurrentTime(Date.from(followUp.getDuedate().toInstant().plusSeconds(60)));
            execute(followUp);
        }

        assertThat(managementService().createJobQuery().processInstanceId(inquiry.getId())
                .activityId("BoundaryEvent_FollowUpDue").count()).isZero();
        assertThat(steps.stream().filter("remind"::equals)).hasSize(3);
        assertThat(task(inquiry)).hasDefinitionKey("Task_Consult");
    }

    @Test
    void anOpportunityAnIntegrationMarkedWonEndsTheConsultation() {
        ProcessInstance inquiry = startInquiry();
        complete(task(inquiry), Map.of("qualified", true, "interest", "PRODUCT_QUESTION"));

        runtimeService().createMessageCorrelation("Msg_OpportunityWon").processInstanceBusinessKey("TF-TEST")
                .correlate();

        assertThat(inquiry).isEnded().hasNotPassed("Task_RecordOutcome").hasPassed("EndEvent_InquiryClosed");
    }

    @Test
    void anOpportunityMarkedWonWhileTheLeadIsQualifiedEndsTheInquiryToo() {
        ProcessInstance inquiry = startInquiry();

        runtimeService().createMessageCorrelation("Msg_OpportunityWon").processInstanceBusinessKey("TF-TEST")
                .correlate();

        assertThat(inquiry).isEnded().hasNotPassed("Task_RecordOutcome").hasPassed("EndEvent_InquiryClosed");
    }

    private static ProcessInstance startInquiry() {
        return runtimeService().startProcessInstanceByKey("PresalesInquiry", "TF-TEST", Variables.createVariables()
                .putValue("ticketId", 1L).putValue("autoCloseAfter", "P7D")
                .putValue("category", "PRESALES").putValue("channel", "WECOM").putValue("tier", "STANDARD")
                .putValue("region", "EAST").putValue("dispatchTo", null));
    }
}
