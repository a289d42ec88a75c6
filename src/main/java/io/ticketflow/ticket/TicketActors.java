package io.ticketflow.ticket;

/** Actors in the timeline that are not people. */
public final class TicketActors {

    /** The lifecycle process itself (routing, automatic closing). */
    public static final String SYSTEM = "system";

    private TicketActors() {
    }
}
