package io.ticketflow.journey;

import io.ticketflow.ticket.Priority;
import java.time.Instant;
import java.util.List;

/**
 * One user task of a ticket's journey as stored ({@code tf_ticket_step}): which element of which process instance,
 * the team it is offered to and who took it, and — for a step with a kind (a department, an approval level) — its own
 * target. A step without a kind is the ticket's own handling: its team and assignee are the ticket's.
 */
public record TicketStep(Long id, long ticketId, String processInstanceId, String executionId, String taskId,
        String elementId, String name, String kind, String team, String assignee, Priority priority,
        StepStatus status, Instant startedAt, Instant endedAt, String endedBy, Instant warnAt, Instant dueAt,
        Instant level2At, String calendarName, String calendarZone, String slaRule, String level1Recipients,
        String level2Recipients, Instant warnedAt, Instant breachedAt, Instant escalatedAt, String processKey) {

    /** Whether this step is the ticket's own handling (no kind): it follows the ticket's team and assignee. */
    public boolean isOwnHandling() {
        return kind == null;
    }

    public boolean hasTarget() {
        return dueAt != null;
    }

    List<String> recipients(int level) {
        String tokens = level <= 1 ? level1Recipients : level2Recipients;
        return tokens == null || tokens.isBlank() ? List.of() : List.of(tokens.split(","));
    }
}
