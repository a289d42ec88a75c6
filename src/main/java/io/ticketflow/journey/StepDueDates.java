package io.ticketflow.journey;

import io.ticketflow.process.ProcessBean;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due dates of a journey step's own timers, for the {@code timeDate} of boundary events drawn on a user task
 * with a {@code stepKind}: {@code ${stepDueDates.at(execution, 'WARNING')}}, {@code 'BREACH'} or
 * {@code 'LEVEL_TWO'}. The step's target comes from the SLA policy table's row for its kind when the step opens.
 */
@ProcessBean
@Component("stepDueDates")
public class StepDueDates {

    private final TicketSteps steps;

    StepDueDates(TicketSteps steps) {
        this.steps = steps;
    }

    public Date at(DelegateExecution execution, String moment) {
        TicketStep step = steps.stepOf(execution);
        if (!step.hasTarget()) {
            throw new BadUserRequestException("Step " + step.elementId() + " has no target of its own: give the "
                    + "user task a stepKind property (docs/processes.md) to time it with stepDueDates");
        }
        return Date.from(StepMoment.valueOf(moment).of(step));
    }

    /** The moments of a step's target a timer may wait for; their order is the escalation levels 0, 1, 2. */
    enum StepMoment {
        WARNING, BREACH, LEVEL_TWO;

        Instant of(TicketStep step) {
            return switch (this) {
                case WARNING -> step.warnAt();
                case BREACH -> step.dueAt();
                case LEVEL_TWO -> step.level2At();
            };
        }
    }
}
