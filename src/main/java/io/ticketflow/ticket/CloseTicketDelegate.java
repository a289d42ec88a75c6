package io.ticketflow.ticket;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseTicket}: the customer accepted the resolution. */
@ProcessBean
@Component("closeTicketDelegate")
class CloseTicketDelegate implements JavaDelegate {

    private final TicketService tickets;

    CloseTicketDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.close(LifecycleVariables.ticketId(execution), false);
    }
}
