package io.ticketflow.routing;

/**
 * Where a ticket goes and why: the team, the priority, and the table row that decided it (its name in the table).
 */
public record RoutingDecision(String targetGroup, String priority, String table, String row) {

    /** The reason in words an analyst recognises, e.g. {@code routing table, row "VIP complaints"}. */
    public String reason() {
        return table + " table, row \"" + row + "\"";
    }
}
