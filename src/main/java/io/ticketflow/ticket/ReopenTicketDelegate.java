package io.ticketflow.ticket;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.process.JourneyNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReopenTicket}: the customer rejected the resolution; the ticket goes back to its team's queue (the
 * handle task is created without an assignee).
 */
@ProcessBean
@Component("reopenTicketDelegate")
class ReopenTicketDelegate implements JavaDelegate {

    private final TicketService tickets;

    ReopenTicketDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.reopen(LifecycleVariables.ticketId(execution));
        execution.setVariable(JourneyNames.VAR_DISPATCHED_TO, null);
    }
}
