package io.ticketflow.sla;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due dates of the lifecycle's SLA timers, for their {@code timeDate} expressions:
 * {@code ${slaDueDates.at(execution, 'FIRST_RESPONSE_WARNING')}}. Read from the ticket's stored SLA schedule when
 * the engine creates the timer, so the schedule is the one place a due date lives — no process variables to keep in
 * step (and twelve rows fewer per ticket to write). The timer names are those of {@link SlaTimer}.
 */
@ProcessBean
@Component(SlaDueDates.BEAN)
public class SlaDueDates {

    static final String BEAN = "slaDueDates";

    private final SlaClocks clocks;

    SlaDueDates(SlaClocks clocks) {
        this.clocks = clocks;
    }

    public Date at(DelegateExecution execution, String timerName) {
        SlaTimer timer = SlaTimer.valueOf(timerName);
        long ticketId = LifecycleVariables.ticketId(execution);
        return Date.from(timer.dueIn(clocks.schedule(ticketId, timer.target())));
    }
}
