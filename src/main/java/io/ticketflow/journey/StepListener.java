package io.ticketflow.journey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listener the engine attaches to every user task of every journey ({@link StepTracking}): it keeps the task's
 * step. Built in rather than drawn, so a task an analyst adds is a tracked step without anyone remembering to.
 */
final class StepListener implements TaskListener {

    private final TicketSteps steps;

    StepListener(TicketSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
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
