package io.ticketflow.presales;

import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A pre-sales inquiry's opportunity: the one intake linked (the customer's open one, or the one the integrator sent),
 * or a new one created for the ticket, named after it. The inquiry becomes the opportunity's pre-sales ticket: the
 * one an after-sales ticket continues when the opportunity is won.
 */
@ProcessBean
@Component("opportunityOfTicketDelegate")
class OpportunityOfTicketDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final CustomerRecords records;

    OpportunityOfTicketDelegate(TicketService tickets, CustomerRecords records) {
        this.tickets = tickets;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(execution));
        String opportunity = ticket.getOpportunityId();
        if (opportunity == null) {
            opportunity = records.openForTicket(ticket.getCustomerId(), ticket.getTicketNumber(), ticket.getSubject())
                    .externalId();
            tickets.linkOpportunity(ticket.getId(), opportunity, ticket.getParentTicketId());
            tickets.recordSystemEvent(ticket.getId(), TicketEventType.ROUTED, "opportunity " + opportunity
                    + " opened for this inquiry");
        }
        records.markPresalesTicket(opportunity, ticket.getId());
    }
}
