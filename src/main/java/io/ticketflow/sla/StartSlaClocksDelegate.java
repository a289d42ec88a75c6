package io.ticketflow.sla;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartSlaClocks}: asks the SLA policy table for the ticket's targets, stores them, and hands the
 * process the due dates of its SLA timers.
 */
@Component("startSlaClocksDelegate")
class StartSlaClocksDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final CustomerService customers;
    private final SlaClocks clocks;
    private final SlaTimerJobs timers;

    StartSlaClocksDelegate(TicketService tickets, CustomerService customers, SlaClocks clocks, SlaTimerJobs timers) {
        this.tickets = tickets;
        this.customers = customers;
        this.clocks = clocks;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(execution));
        List<SlaSchedule> schedules = clocks.start(ticket, customers.get(ticket.getCustomerId()).getTier().name());
        execution.setVariables(timers.variables(schedules));
    }
}
