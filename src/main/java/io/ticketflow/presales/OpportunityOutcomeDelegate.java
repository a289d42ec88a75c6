package io.ticketflow.presales;

import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.customer.OpportunityStatus;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the pre-sales ticket's opportunity as the consultant answered ({@code outcome} WON or LOST). Won starts the
 * after-sales journey ({@link AfterSalesHandoff}); lost needs a reason ({@code lostReason}): without one the
 * consultant's completion is refused with 400 naming {@code fields.lostReason}, and nothing changes.
 */
@ProcessBean
@Component("opportunityOutcomeDelegate")
class OpportunityOutcomeDelegate implements JavaDelegate {

    static final String VAR_LOST_REASON = "lostReason";

    private final TicketService tickets;
    private final CustomerRecords records;

    OpportunityOutcomeDelegate(TicketService tickets, CustomerRecords records) {
        this.tickets = tickets;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(execution));
        OpportunityStatus outcome = "WON".equals(LifecycleVariables.string(execution, JourneyNames.VAR_OUTCOME))
                ? OpportunityStatus.WON : OpportunityStatus.LOST;
        String reason = LifecycleVariables.string(execution, VAR_LOST_REASON);
        if (outcome == OpportunityStatus.LOST && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("fields." + VAR_LOST_REASON, "a lost opportunity needs the reason");
        }
        if (ticket.getOpportunityId() == null) {
            throw new BadUserRequestException("Ticket " + ticket.getTicketNumber() + " has no opportunity");
        }
        records.close(ticket.getOpportunityId(), outcome, outcome == OpportunityStatus.WON ? "won" : "lost");
        tickets.recordSystemEvent(ticket.getId(), outcome == OpportunityStatus.WON ? TicketEventType.OPPORTUNITY_WON
                : TicketEventType.OPPORTUNITY_LOST, "opportunity " + ticket.getOpportunityId()
                + (outcome == OpportunityStatus.WON ? " won" : " lost: " + reason));
    }
}
