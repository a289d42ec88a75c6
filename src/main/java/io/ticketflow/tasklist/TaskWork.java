package io.ticketflow.tasklist;

import io.ticketflow.journey.TicketStep;
import io.ticketflow.journey.TicketSteps;
import io.ticketflow.process.JourneyNames;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
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
public class TaskWork {

    private final TaskService taskService;
    private final FormService formService;
    private final HistoryService historyService;
    private final TicketService tickets;
    private final TaskQueueMapper queue;
    private final TicketAccess access;
    private final TicketSteps steps;

    TaskWork(TaskService taskService, FormService formService, HistoryService historyService, TicketService tickets, TaskQueueMapper queue,
            TicketAccess access, TicketSteps steps) {
        this.steps = steps;
        this.formService = formService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.tickets = tickets;
        this.queue = queue;
        this.access = access;
    }

    /**
     * One page of the user's task list. The page holds {@code size} steps; a step whose process instance is
     * suspended (Cockpit) has no active task and is left out of its page rather than moving later steps forward.
     */
    @Transactional(readOnly = true)
    public List<TaskView> openTasks(CurrentUser user, int page, int size) {
        List<QueuedStep> queued = queue.findQueuedSteps(user.userId(), QueueSlice.of(user.teamIds()), page * size,
                size);
        if (queued.isEmpty()) {
            return List.of();
        }
        Map<String, Task> active = taskService.createTaskQuery().active()
                .taskIdIn(queued.stream().map(QueuedStep::taskId).toArray(String[]::new))
                .list().stream()
                .collect(Collectors.toMap(Task::getId, Function.identity()));
        return queued.stream()
                .filter(step -> active.containsKey(step.taskId()))
                .map(step -> view(active.get(step.taskId()), step))
                .toList();
    }

    @Transactional
    public TaskView claim(String taskId, CurrentUser user) {
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
    public void complete(String taskId, CompleteTaskRequest request, CurrentUser user) {
        Task task = workableTask(taskId, user);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.userId());
        } else if (!task.getAssignee().equals(user.userId())) {
            throw new NotPermittedException("Task " + taskId + " is claimed by " + task.getAssignee());
        }
        // The note is free text for our utf8mb4 tables: it reaches the delegate as a transient variable and is
        // never stored by the engine (see EngineText).
        VariableMap variables = new TaskForm(formService.getTaskFormData(taskId).getFormFields(), request::pathOf)
                .variables(request.formValues());
        taskService.complete(taskId, variables
                .putValueTyped(JourneyNames.VAR_RESOLUTION_NOTE, Variables.stringValue(request.comment(), true))
                .putValue(JourneyNames.VAR_RESOLVED_BY, user.userId()));
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
        if (task != null && isVisible(task.getId())) {
            return task;
        }
        if (task == null) {
            HistoricTaskInstance finished = historyService.createHistoricTaskInstanceQuery().taskId(taskId)
                    .finished().singleResult();
            if (finished != null && isVisible(finished.getId())) {
                throw new ConflictException("Task " + taskId + " is already completed");
            }
        }
        throw new NotFoundException("Task", taskId);
    }

    /** Whether the caller may see the ticket a task works for (its step says which; a task in a called block too). */
    private boolean isVisible(String taskId) {
        return steps.ofTask(taskId).map(step -> access.maySeeTicket(step.ticketId())).orElse(false);
    }

    private Set<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private Ticket ticketOf(Task task) {
        return steps.ofTask(task.getId()).map(step -> tickets.get(step.ticketId()))
                .orElseThrow(() -> new NotFoundException("Ticket of task", task.getId()));
    }

    private TaskView view(Task task, Ticket ticket) {
        TicketStep step = steps.ofTask(task.getId()).orElse(null);
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                step == null ? null : step.name(), step == null ? null : step.kind(),
                step == null ? null : step.dueAt(), task.getAssignee(), List.copyOf(candidateGroups(task.getId())),
                task.getCreateTime().toInstant(), ticket.getId(), ticket.getTicketNumber(), ticket.getSubject(),
                ticket.getPriority(), ticket.getStatus(), ticket.getRegion(), ticket.isSlaBreached());
    }

    private static TaskView view(Task task, QueuedStep step) {
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), step.stepName(), step.kind(),
                step.dueAt(), task.getAssignee(), step.team() == null ? List.of() : List.of(step.team()),
                task.getCreateTime().toInstant(), step.ticketId(), step.ticketNumber(), step.subject(),
                step.priority(), step.status(), step.region(), step.slaBreached());
    }
}
