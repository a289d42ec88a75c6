package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/** A task in an agent's list, with what they need to pick it: its ticket's number, subject and priority. */
public record TaskView(String id, String name, String taskDefinitionKey, String assignee, List<String> candidateGroups,
        Instant created, long ticketId, String ticketNumber, String subject, Priority priority, TicketStatus status,
        String region) {
}
