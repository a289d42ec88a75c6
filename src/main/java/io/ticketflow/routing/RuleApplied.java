package io.ticketflow.routing;

/**
 * One decision table's part in a routing decision: the table, its version, the row that fired and what it said in
 * words, e.g. {@code routing-team} v{@code 3f2a…}, row "Repairs in the east": "repair in EAST → team repair-east".
 */
public record RuleApplied(String table, String version, String row, String said) {

    /** {@code routing-team table, row "Repairs in the east"}. */
    public String reference() {
        return table + " table, row \"" + row + "\"";
    }
}
