package io.ticketflow.routing;

import io.ticketflow.ticket.Priority;
import java.time.Instant;

/** One routing, re-routing or transfer of a ticket as the API shows it: where it went, and why. */
public record RoutingHistoryEntry(Instant decidedAt, RoutingKind kind, String actor, String team, String assignee,
        Priority priority, String summary, RoutingExplanation explanation) {
}
