package io.ticketflow.ticket;

import java.time.Instant;

/** New tickets as intake builds them, for tests outside the ticket package that need a {@link Ticket}. */
public final class TicketSamples {

    private TicketSamples() {
    }

    public static Ticket newTicket(String number, String category, Channel channel, String region) {
        return new Ticket(number, new NewTicket(channel, category, "Subject", "Description", null, region, null,
                null, null), 1L, "test", Instant.parse("2026-03-09T01:00:00Z"));
    }

    /** A new ticket made from a template, as intake links it. */
    public static Ticket newTicket(String number, String category, Channel channel, String region,
            String templateCode) {
        Ticket ticket = newTicket(number, category, channel, region);
        ticket.link(new IntakeLinks(null, null, templateCode, templateCode == null ? null : 1, null));
        return ticket;
    }
}
