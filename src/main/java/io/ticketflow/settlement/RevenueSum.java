package io.ticketflow.settlement;

import java.math.BigDecimal;

/** Jobs and revenue (before tax) of one group of accepted jobs. */
record RevenueSum(String name, int jobs, BigDecimal revenue) {
}
