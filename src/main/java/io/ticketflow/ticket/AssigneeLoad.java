package io.ticketflow.ticket;

/** How many open tickets one person holds. */
record AssigneeLoad(String assignee, int openTickets) {
}
