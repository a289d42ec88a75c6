package io.ticketflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.authorizationService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import io.ticketflow.process.JourneyNames;
import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.LifecycleStandIns;
import io.ticketflow.system.ConflictException;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/**
 * Transfers and re-routing against the real {@code processes/ticket-lifecycle.bpmn}: the live handle task moves to
 * the new team and person, and what the process remembers sends a re-opened ticket to the new team.
 */
@Deployment(resources = "processes/ticket-lifecycle.bpmn")
class TransferProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml").build();

    private final List<String> steps = new ArrayList<>();
    private HandleTaskMover mover;

    @BeforeEach
    void standIns() {
        LifecycleStandIns.register(steps);
        mover = new HandleTaskMover(taskService(), runtimeService(), authorizationService());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void movesTheTaskFromOnePersonToAnotherTeamsQueue() {
        ProcessInstance ticket = LifecycleStandIns.startTicket("REPAIR", "WECHAT", "STANDARD", "NORTH", "nora");
        assertThat(task(ticket)).isAssignedTo("nora").hasCandidateGroupAssociated("repair-north");

        mover.move(List.of(task(ticket)), placement("repair-east", null, Priority.HIGH));

        assertThat(task(ticket)).isNotAssigned().hasCandidateGroup("repair-east");
        assertThat(candidateGroups(task(ticket))).containsExactly("repair-east");
        assertThat(task(ticket).getPriority()).isEqualTo(Priority.HIGH.taskPriority());
        assertThat(steps).containsExactly("route", "start-sla");
    }

    @Test
    void givesTheTaskToTheNamedMemberOfTheNewTeam() {
        ProcessInstance ticket = LifecycleStandIns.startTicket("REPAIR", "WECHAT", "STANDARD", "NORTH", null);

        mover.move(List.of(task(ticket)), placement("repair-east", "eric", Priority.NORMAL));

        assertThat(task(ticket)).isAssignedTo("eric").hasCandidateGroupAssociated("repair-east");
    }

    @Test
    void aReopenedTicketReturnsToTheTeamItWasMovedToNotTheRoutedOne() {
        ProcessInstance ticket = LifecycleStandIns.startTicket("REPAIR", "WECHAT", "STANDARD", "NORTH", "nora");
        mover.move(List.of(task(ticket)), placement("billing", "carol", Priority.LOW));

        complete(task(ticket), Map.of(JourneyNames.VAR_OUTCOME, "RESOLVED", JourneyNames.VAR_RESOLVED_BY,
                "carol"));
        runtimeService().createMessageCorrelation(JourneyNames.MSG_RESOLUTION_CONFIRMED)
                .processInstanceId(ticket.getId())
                .setVariable(JourneyNames.VAR_RESOLUTION_ACCEPTED, false).correlate();

        assertThat(ticket).isWaitingAt(LifecycleElements.TASK_HANDLE_TICKET);
        assertThat(task(ticket)).isNotAssigned().hasCandidateGroup("billing");
        assertThat(task(ticket).getPriority()).isEqualTo(Priority.LOW.taskPriority());
    }

    @Test
    void aResolvedTicketHasNoTaskToMove() {
        ProcessInstance ticket = LifecycleStandIns.startTicket("BILLING", "EMAIL", "STANDARD", "EAST", null);
        complete(task(ticket), Map.of(JourneyNames.VAR_OUTCOME, "RESOLVED", JourneyNames.VAR_RESOLVED_BY,
                "carol"));
        Ticket resolved = Mockito.mock(Ticket.class);
        Mockito.when(resolved.getProcessInstanceId()).thenReturn(ticket.getId());
        Mockito.when(resolved.getTicketNumber()).thenReturn("TF-TEST");

        assertThatThrownBy(() -> mover.handlingTasks(resolved, List.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a ticket still being worked can be moved");
    }

    private static Placement placement(String team, String assignee, Priority priority) {
        return new Placement(team, "EAST", assignee, priority, "test", "moved in a test", "testing");
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
    }
}
