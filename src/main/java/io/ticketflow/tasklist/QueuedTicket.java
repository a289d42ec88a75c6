package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.TicketStatus;

/** A ticket in an agent's task list, in the list's order; its open tasks are looked up by process instance. */
record QueuedTicket(long ticketId, String ticketNumber, String subject, Priority priority, TicketStatus status,
        String region, String assignedGroup, String processInstanceId) {
}
