package io.ticketflow.ticket;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Assignment listener of {@code Task_HandleTicket}: whoever claims the task — through our API or Camunda Tasklist —
 * becomes the ticket's assignee and the ticket is IN_PROGRESS; giving the task back makes it OPEN again.
 */
@ProcessBean
@Component("ticketAssignmentListener")
class TicketAssignmentListener implements TaskListener {

    private final TicketService tickets;
    private final IdentityService identityService;

    TicketAssignmentListener(TicketService tickets, IdentityService identityService) {
        this.tickets = tickets;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication current = identityService.getCurrentAuthentication();
        String actor = current != null ? current.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : TicketActors.SYSTEM;
        tickets.assign(LifecycleVariables.ticketId(task), task.getAssignee(), actor);
    }
}
