package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * A task in a user's list, with what they need to pick it: the journey step it is ({@code step}: the model's name for
 * it; {@code kind}: a department or approval step's kind, null for the ticket's own handling; {@code dueAt}: the
 * step's own target, if it has one) and its ticket's number, subject and priority.
 */
public record TaskView(String id, String name, String taskDefinitionKey, String step, String kind, Instant dueAt,
        String assignee, List<String> candidateGroups, Instant created, long ticketId, String ticketNumber,
        String subject, Priority priority, TicketStatus status, String region, boolean slaBreached) {
}
