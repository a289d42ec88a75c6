package io.ticketflow.ticket;

import java.math.BigDecimal;

/**
 * Customers' ratings of one team's agent (assignee null: resolved while in the team's queue) over a period: how many
 * rated, the average (two decimals) and how many gave each of 1 to 5.
 */
public record SatisfactionRow(String team, String assignee, long ratings, BigDecimal average, long ones, long twos,
        long threes, long fours, long fives) {
}
