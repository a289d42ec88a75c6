package io.ticketflow.ticket;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.TicketLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkTicketResolved}: the agent finished; the ticket waits for the customer's confirmation. */
@Component("markTicketResolvedDelegate")
class MarkTicketResolvedDelegate implements JavaDelegate {

    private final TicketService tickets;

    MarkTicketResolvedDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long ticketId = LifecycleVariables.ticketId(execution);
        String resolvedBy = LifecycleVariables.string(execution, TicketLifecycle.VAR_RESOLVED_BY);
        if (resolvedBy == null) {
            String assignee = tickets.get(ticketId).getAssignee();
            resolvedBy = assignee != null ? assignee : TicketActors.SYSTEM;
        }
        tickets.markResolved(ticketId, resolvedBy,
                LifecycleVariables.string(execution, TicketLifecycle.VAR_RESOLUTION_NOTE));
    }
}
