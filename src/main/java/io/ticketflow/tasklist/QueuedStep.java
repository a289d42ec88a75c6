package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.TicketStatus;
import java.time.Instant;

/** An open step in a user's task list, in the list's order, with what they need to pick it. */
record QueuedStep(String taskId, String elementId, String stepName, String kind, String team, String assignee,
        Instant startedAt, Instant dueAt, long ticketId, String ticketNumber, String subject, Priority priority,
        TicketStatus status, String region, boolean slaBreached) {
}
