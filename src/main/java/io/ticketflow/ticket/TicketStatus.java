package io.ticketflow.ticket;

/**
 * Where a ticket stands; it follows the lifecycle process: OPEN (waiting for an agent of its team) → IN_PROGRESS
 * (claimed) → RESOLVED (awaiting the customer's confirmation) → CLOSED. A rejected resolution re-opens it.
 * PENDING_CUSTOMER: an agent asked the customer something and waits; the SLA clocks stop until the customer replies.
 */
public enum TicketStatus {
    OPEN, IN_PROGRESS, PENDING_CUSTOMER, RESOLVED, CLOSED
}
