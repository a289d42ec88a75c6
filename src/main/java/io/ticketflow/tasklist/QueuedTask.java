package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.TicketStatus;
import java.time.Instant;

/** A row of the task list query: an open task and the ticket it belongs to. */
record QueuedTask(String taskId, String taskName, String taskDefinitionKey, String assignee, Instant taskCreated,
        long ticketId, String ticketNumber, String subject, Priority priority, TicketStatus status, String region,
        String assignedGroup) {
}
