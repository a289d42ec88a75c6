package io.ticketflow.settlement;

import java.math.BigDecimal;

/** One row of the revenue board: jobs, revenue (before tax) and the average per job of one installer, team, ... */
public record RevenueRow(String key, int jobs, BigDecimal revenue, BigDecimal averagePerJob, int rank) {
}
