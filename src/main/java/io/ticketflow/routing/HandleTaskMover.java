package io.ticketflow.routing;

import io.ticketflow.journey.TicketStep;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.system.ConflictException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService.Placement;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Moves the ticket's own handling — its open steps without a kind, whatever its journey draws them as — to a new
 * placement: the new team as its only candidate group, the
 * new assignee (or none), the new priority — and the process variables, so a re-opened ticket returns to the new
 * team.
 */
@Component
class HandleTaskMover {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AuthorizationService authorizationService;

    HandleTaskMover(TaskService taskService, RuntimeService runtimeService,
            AuthorizationService authorizationService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.authorizationService = authorizationService;
    }

    /** The ticket's open handling tasks (its open steps without a kind); a resolved or closed ticket has none. */
    List<Task> handlingTasks(Ticket ticket, List<TicketStep> ownHandling) {
        String[] taskIds = ownHandling.stream().map(TicketStep::taskId).toArray(String[]::new);
        List<Task> tasks = taskIds.length == 0 ? List.of()
                : taskService.createTaskQuery().taskIdIn(taskIds).list();
        if (tasks.isEmpty()) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is " + ticket.getStatus()
                    + "; only a ticket still being worked can be moved");
        }
        return tasks;
    }

    void move(List<Task> tasks, Placement placement) {
        for (Task task : tasks) {
            move(task, placement);
        }
    }

    private void move(Task task, Placement placement) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && !link.getGroupId().equals(placement.team())) {
                taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
            }
        }
        // Camunda keeps the grants it gave the task's earlier team and assignee (Tasklist would still let them work
        // it): the task belongs to the new placement only.
        for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task.getId()).list()) {
            boolean newTeam = placement.team().equals(grant.getGroupId());
            boolean newAssignee = grant.getUserId() != null && grant.getUserId().equals(placement.assignee());
            if (!newTeam && !newAssignee) {
                authorizationService.deleteAuthorization(grant.getId());
            }
        }
        taskService.addCandidateGroup(task.getId(), placement.team());
        taskService.setPriority(task.getId(), placement.priority().taskPriority());
        runtimeService.setVariables(task.getProcessInstanceId(), Variables.createVariables()
                .putValue(JourneyNames.VAR_ASSIGNED_GROUP, placement.team())
                .putValue(JourneyNames.VAR_DISPATCHED_TO, placement.assignee())
                .putValue(JourneyNames.VAR_TASK_PRIORITY, placement.priority().taskPriority()));
        taskService.setAssignee(task.getId(), placement.assignee());
    }
}
