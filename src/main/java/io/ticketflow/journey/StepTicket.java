package io.ticketflow.journey;

import java.time.Instant;

/** A ticket waiting at a step: the step's name, team, assignee and due time, and whether it is past it. */
public record StepTicket(long ticketId, String ticketNumber, String name, String team, String assignee,
        Instant dueAt, boolean overdue) {
}
