package io.ticketflow.ticket;

import java.time.Instant;

/** A timeline event of one of a customer's tickets, with the ticket's number. */
public record CustomerTicketEvent(long ticketId, String ticketNumber, Instant occurredAt, String actor,
        TicketEventType eventType, String detail) {
}
