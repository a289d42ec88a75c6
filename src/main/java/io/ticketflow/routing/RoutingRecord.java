package io.ticketflow.routing;

import io.ticketflow.ticket.Priority;
import java.time.Instant;

/** A tf_routing_decision row: one routing, re-routing or transfer of a ticket, with its explanation as JSON. */
record RoutingRecord(Long id, long ticketId, Instant decidedAt, RoutingKind kind, String actor, String assignedGroup,
        String assignee, Priority priority, String summary, String explanation) {
}
