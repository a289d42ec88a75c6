package io.ticketflow.presales;

import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.customer.Opportunity;
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
 * or a new one created for the ticket, named after it.
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
        if (ticket.getOpportunityId() != null) {
            return;
        }
        Opportunity opportunity = records.openForTicket(ticket.getCustomerId(), ticket.getTicketNumber(),
                ticket.getSubject());
        tickets.linkOpportunity(ticket.getId(), opportunity.externalId(), ticket.getParentTicketId());
        tickets.recordSystemEvent(ticket.getId(), TicketEventType.ROUTED, "opportunity " + opportunity.externalId()
                + " opened for this inquiry");
    }
}
