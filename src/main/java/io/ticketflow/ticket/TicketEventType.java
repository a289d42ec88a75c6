package io.ticketflow.ticket;

/** What happened to a ticket, as shown in its timeline. */
public enum TicketEventType {
    CREATED, ROUTED, ASSIGNED, UNASSIGNED, RESOLVED, RESOLUTION_ACCEPTED, RESOLUTION_REJECTED, REOPENED, CLOSED,
    AUTO_CLOSED
}
