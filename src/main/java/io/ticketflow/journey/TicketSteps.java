package io.ticketflow.journey;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.process.EngineText;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.sla.StepTargets;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketActors;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketEvents;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of tickets' journeys: every user task of any journey, kept in {@code tf_ticket_step} by the step
 * listener the engine attaches to every user task ({@link StepTracking}). Java knows no element ids: a step is
 * whatever task the model draws; its team is the task's candidate group, its kind (and so its own SLA) the task's
 * {@code stepKind} property. The ticket's own handling (no kind) moves the ticket's assignee and status with it.
 */
@Service
public class TicketSteps {

    /** Camunda's column sizes for a task's name and description. */
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 4000;

    private final StepMapper steps;
    private final TicketService tickets;
    private final CustomerService customers;
    private final StepTargets targets;
    private final IdentityService identityService;
    private final Clock clock;

    TicketSteps(StepMapper steps, TicketService tickets, CustomerService customers, StepTargets targets,
            IdentityService identityService, Clock clock) {
        this.steps = steps;
        this.tickets = tickets;
        this.customers = customers;
        this.targets = targets;
        this.identityService = identityService;
        this.clock = clock;
    }

    /**
     * The open step an execution is in — for the step's own timers, which the engine creates before the task: the
     * step is opened here then, with its target, and the task joins it when created.
     */
    @Transactional
    public TicketStep stepOf(DelegateExecution execution) {
        StepModel model = StepModel.of(execution.getProcessDefinitionId(), execution.getBpmnModelElementInstance());
        if (model == null) {
            throw new BadUserRequestException("A step's timer belongs on a user task (a boundary event); "
                    + execution.getCurrentActivityId() + " is not one");
        }
        return steps.findOpenStepOfExecution(execution.getId())
                .orElseGet(() -> open(execution, model, null, null, null));
    }

    /** A user task was created: its step opens (or the step its timers opened gets the task), and it is named. */
    @Transactional
    public void taskCreated(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        StepModel model = StepModel.of(task.getProcessDefinitionId(), task.getBpmnModelElementInstance());
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(task));
        name(task, ticket, model);
        String team = candidateGroup(task);
        // Only a task with timers of its own can have its step opened already (by a timer, before the task).
        TicketStep opened = !model.timed() ? null : steps.findOpenStepOfExecution(execution.getId())
                .filter(step -> step.taskId() == null).orElse(null);
        TicketStep step;
        if (opened != null) {
            steps.attachTask(opened.id(), task.getId(), model.name(), team, task.getAssignee());
            step = opened;
        } else {
            step = open(execution, model, task.getId(), team, task.getAssignee());
        }
        if (model.kind() != null) {
            tickets.recordSystemEvent(ticket.getId(), TicketEventType.STEP_STARTED, "step \"" + model.name()
                    + "\" (" + model.kind() + ") for " + team + (step.hasTarget() ? ", due " + step.dueAt()
                    + " by " + step.slaRule() : ""));
        }
        if (model.customerStage() != null) {
            tickets.recordStage(ticket.getId(), model.customerStage(), model.customerStage() + ": step \""
                    + model.name() + "\"");
        }
        // A task created with an assignee (dispatch) fires the assignment event next: see taskAssigned.
    }

    /** Whoever claims a task — through our API or Camunda Tasklist — is its step's assignee (and, for the ticket's
     * own handling, the ticket's: IN_PROGRESS; given back, OPEN again). */
    @Transactional
    public void taskAssigned(DelegateTask task) {
        steps.updateAssignee(task.getId(), task.getAssignee());
        StepModel model = StepModel.of(task.getProcessDefinitionId(), task.getBpmnModelElementInstance());
        if (model != null && model.kind() == null) {
            tickets.assign(LifecycleVariables.ticketId(task), task.getAssignee(), actor(task));
        }
    }

    /** A task was completed (DONE) or went away without being completed (CANCELLED). */
    @Transactional
    public void taskEnded(DelegateTask task, StepStatus status) {
        String actor = status == StepStatus.DONE ? actor(task) : TicketActors.SYSTEM;
        StepModel model = StepModel.of(task.getProcessDefinitionId(), task.getBpmnModelElementInstance());
        if (status == StepStatus.DONE && model != null && ApprovalLevels.STEP_KIND.equals(model.kind())) {
            requireIndependentApprover(task, actor);
        }
        steps.endStep(task.getId(), status, clock.instant(), actor);
        if (model == null) {
            return;
        }
        String answers = status == StepStatus.DONE ? answers(task, model) : "";
        // A department's or approver's step is always on the timeline; the ticket's own handling when its form
        // was answered (a triage's choices), since its other moves are the ticket's own events.
        if (model.kind() != null || !answers.isEmpty()) {
            tickets.recordEvent(LifecycleVariables.ticketId(task), actor, TicketEventType.STEP_DONE, "step \""
                    + model.name() + "\"" + (model.kind() == null ? "" : " (" + model.kind() + ")") + " "
                    + (status == StepStatus.DONE ? "done" + answers : "cancelled"));
        }
    }

    /**
     * Four eyes: whoever approves may have done no other step of the ticket — not triaged it, not asked for or
     * revised the amount, not approved at another level (approving again at the same level, after a revision, is
     * theirs). Checked as the task completes, so Camunda Tasklist cannot step around it either.
     */
    private void requireIndependentApprover(DelegateTask task, String approver) {
        TicketStep approving = steps.findStepOfTask(task.getId()).orElse(null);
        String level = approving == null ? null : approving.team();
        boolean didOtherWork = steps.findStepsOfTicket(LifecycleVariables.ticketId(task)).stream()
                .filter(step -> step.status() == StepStatus.DONE && approver.equals(step.endedBy()))
                .anyMatch(step -> !ApprovalLevels.STEP_KIND.equals(step.kind()) || !Objects.equals(step.team(),
                        level));
        if (didOtherWork) {
            throw new NotPermittedException(approver + " worked on this ticket already (another step or approval "
                    + "level); someone else of " + level + " approves");
        }
    }

    /** The step of a task (open or ended). */
    public Optional<TicketStep> ofTask(String taskId) {
        return steps.findStepOfTask(taskId);
    }

    /** A ticket's steps, first opened first. */
    public List<TicketStep> ofTicket(long ticketId) {
        return steps.findStepsOfTicket(ticketId);
    }

    /** The open steps of the ticket's own handling (no kind), for a transfer to move. */
    public List<TicketStep> openOwnHandling(long ticketId) {
        return steps.findStepsOfTicket(ticketId).stream()
                .filter(step -> step.status() == StepStatus.OPEN && step.isOwnHandling() && step.taskId() != null)
                .toList();
    }

    /** A transfer gave the ticket's own handling to another team, at a priority the open steps now sort with. */
    @Transactional
    public void moved(long ticketId, List<String> taskIds, String team, Priority priority) {
        taskIds.forEach(taskId -> steps.updateTeam(taskId, team));
        steps.updateOpenStepPriorities(ticketId, priority);
    }

    /** Open steps sort with their ticket's priority, which a breach raised. */
    @EventListener
    void onPriorityChanged(TicketEvents.PriorityChanged changed) {
        steps.updateOpenStepPriorities(changed.ticketId(), changed.priority());
    }

    private TicketStep open(DelegateExecution execution, StepModel model, String taskId, String team,
            String assignee) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(execution));
        Instant now = clock.instant();
        StepTargets.StepTarget target = model.kind() == null ? null : targets.targetFor(ticket,
                customers.get(ticket.getCustomerId()).getTier().name(), model.kind(), now);
        TicketStep step = new TicketStep(null, ticket.getId(), execution.getProcessInstanceId(), execution.getId(),
                taskId, execution.getCurrentActivityId(), model.name(), model.kind(), team, assignee,
                ticket.getPriority(), StepStatus.OPEN, now, null, null,
                target == null ? null : target.warnAt(), target == null ? null : target.dueAt(),
                target == null ? null : target.levelTwoAt(), target == null ? null : target.calendarName(),
                target == null ? null : target.calendarZone(), target == null ? null : target.rule(),
                target == null ? null : String.join(",", target.levelOneRecipients()),
                target == null ? null : String.join(",", target.levelTwoRecipients()), null, null, null,
                model.processKey());
        steps.insertStep(step);
        return step;
    }

    /**
     * Names the task after its ticket ("TF-2026-000042 · REPAIR · EAST"; a step with a kind by the step:
     * "TF-2026-000042 · Reship goods · EAST") so Camunda Tasklist tells tickets apart. Nothing the customer wrote
     * goes into the engine (docs/security.md): subject and description stay in our tables.
     */
    private static void name(DelegateTask task, Ticket ticket, StepModel model) {
        String what = model.kind() == null ? ticket.getCategory() : model.name();
        String name = ticket.getTicketNumber() + " · " + what + " · " + ticket.getRegion();
        task.setName(EngineText.safe(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name));
        String description = ticket.getCategory() + " via " + ticket.getChannel() + ", region " + ticket.getRegion();
        task.setDescription(EngineText.safe(description.length() > MAX_DESCRIPTION
                ? description.substring(0, MAX_DESCRIPTION - 1) + "…" : description));
    }

    /** What the form was answered with ("approved=false, approvalNote=\"Quote too high\""): who decided what. */
    private static String answers(DelegateTask task, StepModel model) {
        List<String> answers = new ArrayList<>();
        for (String field : model.formFields()) {
            Object value = task.getVariable(field);
            if (value != null) {
                answers.add(field + "=" + (value instanceof String text ? "\"" + text + "\""
                        : value instanceof Date date ? date.toInstant() : value));
            }
        }
        return answers.isEmpty() ? "" : ": " + String.join(", ", answers);
    }

    private static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .sorted()
                .findFirst().orElse(null);
    }

    private String actor(DelegateTask task) {
        Authentication current = identityService.getCurrentAuthentication();
        return current != null ? current.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : TicketActors.SYSTEM;
    }
}
