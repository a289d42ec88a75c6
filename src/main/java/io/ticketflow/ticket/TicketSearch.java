package io.ticketflow.ticket;

/** Filters of the ticket list; null means "any". Page numbers start at 0. */
public record TicketSearch(TicketStatus status, String group, String region, Boolean slaBreached, int page,
        int size) {

    public long offset() {
        return (long) page * size;
    }
}
