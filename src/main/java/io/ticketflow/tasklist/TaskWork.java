package io.ticketflow.tasklist;

import io.ticketflow.process.TicketLifecycle;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's work on tasks: list what they may work (assigned to them, or offered to one of their teams), claim,
 * complete. The list's order is read from the tickets' team, assignee, status and priority, which the lifecycle
 * keeps equal to the handling task's candidate group, assignee and priority (see {@link TaskQueueMapper}); the tasks
 * themselves come from the engine. An agent can only touch tasks of their own teams; someone else's claimed task is not theirs.
 * A task of a ticket the caller may not see is not found (404), like a task that does not exist.
 */
@Service
class TaskWork {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final TicketService tickets;
    private final TaskQueueMapper queue;
    private final TicketAccess access;

    TaskWork(TaskService taskService, HistoryService historyService, TicketService tickets, TaskQueueMapper queue,
            TicketAccess access) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.tickets = tickets;
        this.queue = queue;
        this.access = access;
    }

    /**
     * One page of the user's task list. The page holds {@code size} tickets; a ticket whose process instance is
     * suspended (Cockpit) has no active task and is left out of its page rather than moving later tickets forward.
     */
    @Transactional(readOnly = true)
    List<TaskView> openTasks(CurrentUser user, int page, int size) {
        List<QueuedTicket> queued = queue.findQueuedTickets(user.userId(), QueueSlice.of(user.teamIds()),
                page * size, size);
        if (queued.isEmpty()) {
            return List.of();
        }
        Map<String, List<Task>> tasksByInstance = taskService.createTaskQuery().active()
                .processInstanceIdIn(queued.stream().map(QueuedTicket::processInstanceId).toArray(String[]::new))
                .orderByTaskId().asc()
                .list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId));
        return queued.stream()
                .flatMap(ticket -> tasksByInstance.getOrDefault(ticket.processInstanceId(), List.of()).stream()
                        .map(task -> view(task, ticket)))
                .toList();
    }

    @Transactional
    TaskView claim(String taskId, CurrentUser user) {
        Task task = workableTask(taskId, user);
        if (task.getAssignee() != null) {
            throw new ConflictException(task.getAssignee().equals(user.userId())
                    ? "You have already claimed task " + taskId
                    : "Task " + taskId + " is already claimed by " + task.getAssignee());
        }
        taskService.claim(taskId, user.userId());
        return view(find(taskId), ticketOf(task));
    }

    @Transactional
    void complete(String taskId, CompleteTaskRequest request, CurrentUser user) {
        Task task = workableTask(taskId, user);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.userId());
        } else if (!task.getAssignee().equals(user.userId())) {
            throw new NotPermittedException("Task " + taskId + " is claimed by " + task.getAssignee());
        }
        // The note is free text for our utf8mb4 tables: it reaches the delegate as a transient variable and is
        // never stored by the engine (see EngineText).
        taskService.complete(taskId, Variables.createVariables()
                .putValue(TicketLifecycle.VAR_OUTCOME, request.outcome().name())
                .putValueTyped(TicketLifecycle.VAR_RESOLUTION_NOTE, Variables.stringValue(request.comment(), true))
                .putValue(TicketLifecycle.VAR_RESOLVED_BY, user.userId()));
    }

    /** The task, if it is still open and offered to the user or one of their teams. */
    private Task workableTask(String taskId, CurrentUser user) {
        Task task = find(taskId);
        if (user.userId().equals(task.getAssignee())) {
            return task;
        }
        Set<String> candidateGroups = candidateGroups(taskId);
        if (user.groupIds().stream().noneMatch(candidateGroups::contains)) {
            throw new NotPermittedException("Task " + taskId + " belongs to " + candidateGroups
                    + ", none of which is your team");
        }
        return task;
    }

    /** The open task, if its ticket is visible to the caller; a completed one is a conflict, also only then. */
    private Task find(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && isVisible(task.getProcessInstanceId())) {
            return task;
        }
        if (task == null) {
            HistoricTaskInstance finished = historyService.createHistoricTaskInstanceQuery().taskId(taskId)
                    .finished().singleResult();
            if (finished != null && isVisible(finished.getProcessInstanceId())) {
                throw new ConflictException("Task " + taskId + " is already completed");
            }
        }
        throw new NotFoundException("Task", taskId);
    }

    private boolean isVisible(String processInstanceId) {
        Ticket ticket = processInstanceId == null ? null
                : tickets.byProcessInstanceIds(Set.of(processInstanceId)).get(processInstanceId);
        return ticket != null && access.maySeeTicket(ticket.getId());
    }

    private Set<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private Ticket ticketOf(Task task) {
        Ticket ticket = tickets.byProcessInstanceIds(Set.of(task.getProcessInstanceId()))
                .get(task.getProcessInstanceId());
        if (ticket == null) {
            throw new NotFoundException("Ticket of task", task.getId());
        }
        return ticket;
    }

    private TaskView view(Task task, Ticket ticket) {
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                ticket.getAssignedGroup() == null ? List.of() : List.of(ticket.getAssignedGroup()),
                task.getCreateTime().toInstant(), ticket.getId(), ticket.getTicketNumber(), ticket.getSubject(),
                ticket.getPriority(), ticket.getStatus(), ticket.getRegion());
    }

    private static TaskView view(Task task, QueuedTicket ticket) {
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                ticket.assignedGroup() == null ? List.of() : List.of(ticket.assignedGroup()),
                task.getCreateTime().toInstant(), ticket.ticketId(), ticket.ticketNumber(), ticket.subject(),
                ticket.priority(), ticket.status(), ticket.region());
    }
}
