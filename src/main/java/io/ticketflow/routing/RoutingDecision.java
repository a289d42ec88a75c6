package io.ticketflow.routing;

import io.ticketflow.ticket.Priority;
import java.util.List;

/**
 * What the routing tables decided for a ticket, level by level: the service line (and the skill and workplace it
 * needs), the priority, the service level and the team — with the row of each table that decided.
 */
public record RoutingDecision(String serviceLine, String skill, boolean onSite, Priority priority,
        String serviceLevel, String team, List<RuleApplied> rules) {

    public RoutingDecision {
        rules = List.copyOf(rules);
    }

    /** The table rows in words, e.g. {@code routing-team table, row "Repairs in the east"; …}. */
    public String reason() {
        return String.join("; ", rules.stream().map(RuleApplied::reference).toList());
    }
}
