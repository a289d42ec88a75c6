package io.ticketflow.sla;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartSlaClocks}: asks the SLA policy table for the ticket's targets and stores them; the SLA timers
 * that follow read their due dates from there ({@link SlaDueDates}).
 */
@ProcessBean
@Component("startSlaClocksDelegate")
class StartSlaClocksDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final CustomerService customers;
    private final SlaClocks clocks;

    StartSlaClocksDelegate(TicketService tickets, CustomerService customers, SlaClocks clocks) {
        this.tickets = tickets;
        this.customers = customers;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(execution));
        clocks.start(ticket, customers.get(ticket.getCustomerId()).getTier().name());
    }
}
