package io.ticketflow.journey;

import io.ticketflow.process.JourneyNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listener the engine attaches to every user task of every journey ({@link StepTracking}): it keeps the task's
 * step. Built in rather than drawn, so a task an analyst adds is a tracked step without anyone remembering to. A
 * process that carries no {@code ticketId} is no ticket's journey (an admin's own process), and its tasks no steps.
 */
final class StepListener implements TaskListener {

    private final TicketSteps steps;

    StepListener(TicketSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(JourneyNames.VAR_TICKET_ID) == null) {
            return; // a process that is no ticket's journey (an admin's own process): no step to keep
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> steps.taskCreated(task);
            case EVENTNAME_ASSIGNMENT -> steps.taskAssigned(task);
            case EVENTNAME_COMPLETE -> steps.taskEnded(task, StepStatus.DONE);
            case EVENTNAME_DELETE -> steps.taskEnded(task, StepStatus.CANCELLED);
            default -> {
            }
        }
    }
}
