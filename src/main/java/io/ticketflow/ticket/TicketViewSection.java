package io.ticketflow.ticket;

/**
 * A section another feature adds to the single-ticket view (the template's fields, attachments, the device, the
 * customer's history), so the agent sees everything in one read and the ticket feature depends on none of them.
 */
public interface TicketViewSection {

    /** The section's name in the view's {@code details}. */
    String name();

    /** The section's content for a ticket, or null to leave it out. */
    Object of(Ticket ticket);
}
