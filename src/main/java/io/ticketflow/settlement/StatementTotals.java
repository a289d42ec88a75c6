package io.ticketflow.settlement;

import java.math.BigDecimal;

/** A statement's sums, always computed from its lines: before tax, tax, and the total payable. */
public record StatementTotals(long statementId, int jobs, BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
}
