package io.ticketflow.ticket;

import java.util.List;

/** One page of tickets. */
record TicketListView(List<TicketView> items, int page, int size, long total) {
}
