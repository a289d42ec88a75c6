package io.ticketflow.ticket;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AutoCloseTicket}: the customer did not answer in time; silence counts as acceptance. */
@ProcessBean
@Component("autoCloseTicketDelegate")
class AutoCloseTicketDelegate implements JavaDelegate {

    private final TicketService tickets;

    AutoCloseTicketDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.close(LifecycleVariables.ticketId(execution), true);
    }
}
