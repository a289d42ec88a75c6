package io.ticketflow.ticket;

import java.time.Instant;
import java.util.List;

/**
 * What other features may react to, published inside the transaction that changed the ticket (Spring application
 * events, handled synchronously), so a reaction commits or rolls back with the change.
 */
public final class TicketEvents {

    private TicketEvents() {
    }

    /** An agent answered the customer for the first time (a public reply, or the resolution). */
    public record FirstResponseGiven(long ticketId, Instant at) {
    }

    /** The agent resolved the ticket. */
    public record TicketResolved(long ticketId, Instant at) {
    }

    /** The customer rejected the resolution; the ticket is back with its team. */
    public record TicketReopened(long ticketId, Instant at) {
    }

    /** The agent asked the customer something and waits (status PENDING_CUSTOMER). */
    public record CustomerAwaited(long ticketId, Instant at) {
    }

    /** The customer answered while the ticket waited on them. */
    public record CustomerReplied(long ticketId, Instant at) {
    }

    /**
     * A line was written on a ticket's timeline — what customer messages and integrators' webhooks start from.
     * {@code stage} is the stage a STAGE_REACHED event reached; {@code attachmentIds} the files a reply carries.
     */
    public record Recorded(long eventId, long ticketId, TicketEventType type, String actor, String detail,
            String stage, List<Long> attachmentIds, Instant at) {
    }

    /** A breach raised the ticket's priority (perhaps to the one it had: URGENT stays URGENT). */
    public record PriorityChanged(long ticketId, Priority priority) {
    }
}
