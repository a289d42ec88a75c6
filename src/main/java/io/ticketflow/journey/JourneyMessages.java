package io.ticketflow.journey;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
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
    private final RuntimeService runtimeService;

    JourneyMessages(TicketAccess access, TicketService tickets, RuntimeService runtimeService) {
        this.access = access;
        this.tickets = tickets;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void send(long ticketId, JourneyMessage message, String note, CurrentUser user) {
        Ticket ticket = access.visibleTicket(ticketId);
        if (!message.fromCustomer() && user.isMemberOf(Roles.INTEGRATOR)) {
            throw new NotPermittedException(message + " is staff's to send; integrations relay the customer's "
                    + "messages only");
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
