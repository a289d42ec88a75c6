package io.ticketflow.ticket;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.process.JourneyNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code Task_MarkTicketResolved}: the agent finished; the ticket waits for the customer's confirmation. */
@ProcessBean
@Component("markTicketResolvedDelegate")
class MarkTicketResolvedDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final IdentityService identityService;

    MarkTicketResolvedDelegate(TicketService tickets, IdentityService identityService) {
        this.tickets = tickets;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long ticketId = LifecycleVariables.ticketId(execution);
        // Whoever the engine knows completed the task (Tasklist, /engine-rest) — never a variable they could set;
        // our API completes as the system and names the agent in the variable.
        Authentication current = identityService.getCurrentAuthentication();
        String resolvedBy = current != null ? current.getUserId()
                : LifecycleVariables.string(execution, JourneyNames.VAR_RESOLVED_BY);
        if (resolvedBy == null) {
            String assignee = tickets.get(ticketId).getAssignee();
            resolvedBy = assignee != null ? assignee : TicketActors.SYSTEM;
        }
        tickets.markResolved(ticketId, resolvedBy,
                LifecycleVariables.string(execution, JourneyNames.VAR_RESOLUTION_NOTE));
    }
}
