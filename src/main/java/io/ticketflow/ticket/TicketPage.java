package io.ticketflow.ticket;

import java.util.List;

/** One page of a ticket search and the number of all matches. */
public record TicketPage(List<Ticket> tickets, long total) {
}
