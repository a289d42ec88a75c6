package io.ticketflow.process;

import static io.ticketflow.support.LifecycleElements.EVENT_CONFIRMATION_TIMED_OUT;
import static io.ticketflow.support.LifecycleElements.EVENT_RESOLUTION_CONFIRMED;
import static io.ticketflow.process.JourneyNames.MSG_RESOLUTION_CONFIRMED;
import static io.ticketflow.support.LifecycleElements.TASK_AUTO_CLOSE_TICKET;
import static io.ticketflow.support.LifecycleElements.TASK_CLOSE_TICKET;
import static io.ticketflow.support.LifecycleElements.TASK_HANDLE_TICKET;
import static io.ticketflow.support.LifecycleElements.TASK_MARK_RESOLVED;
import static io.ticketflow.support.LifecycleElements.TASK_REOPEN_TICKET;
import static io.ticketflow.support.LifecycleElements.TASK_ROUTE_TICKET;
import static io.ticketflow.support.LifecycleElements.TASK_SETTLE_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.LifecycleStandIns;
import io.ticketflow.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * The real {@code processes/ticket-lifecycle.bpmn} on an in-memory engine, routed by the real routing tables in
 * {@code rules/}. The ticket-row steps are stand-ins that record what the process asked for; the
 * integration tests cover the real ones against the database.
 */
@Deployment(resources = "processes/ticket-lifecycle.bpmn")
class TicketLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-09T01:00:00Z");

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void registerStandIns() {
        LifecycleStandIns.register(steps);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void routesAVipComplaintToVipCareAtUrgentPriority() {
        ProcessInstance ticket = startTicket("COMPLAINT", "PHONE", "VIP", "NORTH");

        assertThat(ticket).isWaitingAt(TASK_HANDLE_TICKET).hasPassed(TASK_ROUTE_TICKET);
        assertThat(task(ticket)).hasCandidateGroup("vip-care").isNotAssigned();
        assertThat(task(ticket).getPriority()).isEqualTo(Priority.URGENT.taskPriority());
    }

    @Test
    void givesTheTaskToThePersonDispatchPickedAndTellsTheTicket() {
        ProcessInstance ticket = startTicket("REPAIR", "WECHAT", "STANDARD", "EAST", "erin");

        assertThat(task(ticket)).isAssignedTo("erin").hasCandidateGroupAssociated("repair-east");
        assertThat(steps).containsExactly("route", "start-sla");
    }

    @Test
    void closesTheTicketWhenTheCustomerAcceptsTheResolution() {
        ProcessInstance ticket = startTicket("REPAIR", "WECHAT", "STANDARD", "EAST");
        resolve(ticket, "alice");

        assertThat(ticket).isWaitingAt(LifecycleElements.GATEWAY_AWAIT_CONFIRMATION);
        answer(ticket, true);
        settle(ticket);

        assertThat(ticket).isEnded().hasPassedInOrder(TASK_ROUTE_TICKET, TASK_HANDLE_TICKET, TASK_MARK_RESOLVED,
                EVENT_RESOLUTION_CONFIRMED, TASK_CLOSE_TICKET, TASK_SETTLE_SERVICE)
                .hasNotPassed(TASK_AUTO_CLOSE_TICKET);
        assertThat(steps).containsExactly("route", "start-sla", "resolve:alice", "close", "settle");
    }

    @Test
    void reopensTheTicketToTheSameTeamWhenTheCustomerRejectsTheResolution() {
        ProcessInstance ticket = startTicket("BILLING", "EMAIL", "STANDARD", "SOUTH");
        resolve(ticket, "carol");

        answer(ticket, false);

        assertThat(ticket).isWaitingAt(TASK_HANDLE_TICKET).hasPassed(TASK_REOPEN_TICKET);
        assertThat(task(ticket)).hasCandidateGroup("billing").isNotAssigned();
        assertThat(steps).containsExactly("route", "start-sla", "resolve:carol", "reopen");
    }

    @Test
    void closesTheTicketByItselfWhenTheCustomerDoesNotAnswerInTime() {
        Instant resolvedAt = Instant.parse("2026-03-02T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(resolvedAt));
        ProcessInstance ticket = startTicket("GENERAL", "WEB", "STANDARD", "EAST");
        resolve(ticket, "alice");

        assertThat(job(EVENT_CONFIRMATION_TIMED_OUT, ticket).getDuedate())
                .isEqualTo(Date.from(resolvedAt.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(Date.from(resolvedAt.plus(Duration.ofDays(7)).plusSeconds(1)));
        execute(job(EVENT_CONFIRMATION_TIMED_OUT, ticket));
        settle(ticket);

        assertThat(ticket).isEnded().hasPassed(TASK_AUTO_CLOSE_TICKET, TASK_SETTLE_SERVICE)
                .hasNotPassed(TASK_CLOSE_TICKET);
        assertThat(steps).containsExactly("route", "start-sla", "resolve:alice", "auto-close", "settle");
    }

    @Test
    void aLateAnswerAfterTheAutomaticCloseFindsNoTicketWaiting() {
        ProcessInstance ticket = startTicket("GENERAL", "WEB", "STANDARD", "EAST");
        resolve(ticket, "alice");
        execute(job(EVENT_CONFIRMATION_TIMED_OUT, ticket));
        settle(ticket);

        long waiting = runtimeService().createEventSubscriptionQuery().processInstanceId(ticket.getId()).count();

        assertThat(waiting).isZero();
        assertThat(ticket).isEnded();
    }

    @Test
    void warnsThenEscalatesTheFirstResponseTwiceAsItsTimersComeDue() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        ProcessInstance ticket = startTicket("REPAIR", "WECHAT", "STANDARD", "EAST");

        fireTimer(ticket, LifecycleElements.BOUNDARY_FIRST_RESPONSE_DUE_SOON, LifecycleStandIns.FR_WARN);
        fireTimer(ticket, LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED, LifecycleStandIns.FR_DUE);
        fireTimer(ticket, LifecycleElements.EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE, LifecycleStandIns.FR_LEVEL_TWO);

        assertThat(steps).containsExactly("route", "start-sla", "sla:FIRST_RESPONSE:0", "sla:FIRST_RESPONSE:1",
                "sla:FIRST_RESPONSE:2");
        assertThat(ticket).isWaitingAt(TASK_HANDLE_TICKET).hasPassedInOrder(LifecycleElements.TASK_WARN_FIRST_RESPONSE,
                LifecycleElements.TASK_ESCALATE_FIRST_RESPONSE, LifecycleElements.TASK_ESCALATE_FIRST_RESPONSE_LEVEL_TWO);
        assertThat(task(ticket)).as("the work goes on").isNotNull();
    }

    @Test
    void resolvingBeforeTheTargetsCancelsTheirTimers() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        ProcessInstance ticket = startTicket("REPAIR", "WECHAT", "STANDARD", "EAST");
        assertThat(slaTimers(ticket)).isEqualTo(4);

        resolve(ticket, "alice");

        assertThat(slaTimers(ticket)).isZero();
        assertThat(steps).containsExactly("route", "start-sla", "resolve:alice");
    }

    @Test
    void closingTheTicketEndsAWaitingSecondLevelTimer() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        ProcessInstance ticket = startTicket("REPAIR", "WECHAT", "STANDARD", "EAST");
        fireTimer(ticket, LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED, LifecycleStandIns.FR_DUE);
        assertThat(ticket).isWaitingAt(TASK_HANDLE_TICKET, LifecycleElements.EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE);

        resolve(ticket, "alice");
        answer(ticket, true);
        settle(ticket);

        assertThat(ticket).isEnded().hasNotPassed(LifecycleElements.TASK_ESCALATE_FIRST_RESPONSE_LEVEL_TWO);
    }

    private void fireTimer(ProcessInstance ticket, String timerId, Duration after) {
        Job timer = job(timerId, ticket);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(MONDAY_MORNING.plus(after)));
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
    }

    private long slaTimers(ProcessInstance ticket) {
        return Stream.of(LifecycleElements.BOUNDARY_FIRST_RESPONSE_DUE_SOON,
                        LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED, LifecycleElements.BOUNDARY_RESOLUTION_DUE_SOON,
                        LifecycleElements.BOUNDARY_RESOLUTION_BREACHED)
                .mapToLong(id -> managementService().createJobQuery().processInstanceId(ticket.getId())
                        .activityId(id).count())
                .sum();
    }

    private ProcessInstance startTicket(String category, String channel, String tier, String region) {
        return startTicket(category, channel, tier, region, null);
    }

    private ProcessInstance startTicket(String category, String channel, String tier, String region,
            String dispatchTo) {
        return LifecycleStandIns.startTicket(category, channel, tier, region, dispatchTo);
    }

    /** Settlement runs as its own job after the close commits: the ticket is closed, the process waits for it. */
    private void settle(ProcessInstance ticket) {
        assertThat(ticket).isWaitingAt(TASK_SETTLE_SERVICE);
        execute(job(TASK_SETTLE_SERVICE, ticket));
    }

    private void resolve(ProcessInstance ticket, String agent) {
        complete(task(ticket), Map.of(JourneyNames.VAR_OUTCOME, "RESOLVED",
                JourneyNames.VAR_RESOLVED_BY, agent));
    }

    private void answer(ProcessInstance ticket, boolean accepted) {
        runtimeService().createMessageCorrelation(MSG_RESOLUTION_CONFIRMED).processInstanceId(ticket.getId())
                .setVariable(JourneyNames.VAR_RESOLUTION_ACCEPTED, accepted).correlate();
    }
}
