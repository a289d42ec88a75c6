package io.ticketflow.journey;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a message to the journey of a ticket the caller may see (else 404), wherever in it — or in a building
 * block it called — the message is awaited: by the ticket number, which every process of the ticket carries as
 * business key. A journey that is not waiting for it answers 409 and nothing changes.
 */
@Service
class JourneyMessages {

    private final TicketAccess access;
    private final TicketService tickets;
    private final TicketSteps steps;
    private final RuntimeService runtimeService;

    JourneyMessages(TicketAccess access, TicketService tickets, TicketSteps steps, RuntimeService runtimeService) {
        this.access = access;
        this.tickets = tickets;
        this.steps = steps;
        this.runtimeService = runtimeService;
    }

    /**
     * A blocker is raised by those working the ticket — a member of a team that has or had a step of it — or a
     * supervisor; and one at a time: while a blocker step is open, the next waits (409).
     */
    private void requireMayRaiseBlocker(Ticket ticket, CurrentUser user) {
        List<TicketStep> ofTicket = steps.ofTicket(ticket.getId());
        boolean works = user.isMemberOf(Roles.SUPERVISOR) || user.isMemberOf(Roles.ADMIN)
                || ofTicket.stream().anyMatch(step -> step.team() != null && user.isMemberOf(step.team()));
        if (!works) {
            throw new NotPermittedException("Only the teams working ticket " + ticket.getTicketNumber()
                    + " and supervisors raise a blocker on it");
        }
        if (ofTicket.stream().anyMatch(step -> step.status() == StepStatus.OPEN
                && JourneyMessage.BLOCKER_STEP_KIND.equals(step.kind()))) {
            throw new ConflictException("A blocker of ticket " + ticket.getTicketNumber() + " is open already");
        }
    }

    @Transactional
    public void send(long ticketId, JourneyMessage message, String note, CurrentUser user) {
        Ticket ticket = access.visibleTicket(ticketId);
        if (!message.fromCustomer() && user.isMemberOf(Roles.INTEGRATOR)) {
            throw new NotPermittedException(message + " is staff's to send; integrations relay the customer's "
                    + "messages only");
        }
        if (message == JourneyMessage.BLOCKER_RAISED) {
            requireMayRaiseBlocker(ticket, user);
        }
        tickets.recordEvent(ticketId, user.userId(), TicketEventType.JOURNEY_MESSAGE,
                message + (note == null || note.isBlank() ? "" : ": " + note));
        try {
            runtimeService.createMessageCorrelation(message.bpmnName())
                    .processInstanceBusinessKey(ticket.getTicketNumber())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is not waiting for " + message);
        }
    }
}
