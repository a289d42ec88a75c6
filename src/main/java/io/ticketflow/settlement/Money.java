package io.ticketflow.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rule: every line's amount is rounded to cents, half up, when the line is made; totals are sums of
 * rounded lines, so a statement always adds up to its lines.
 */
final class Money {

    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** A table cell as money, naming the table and row when the cell is not a number. */
    static BigDecimal parse(String cell, String where) {
        try {
            return new BigDecimal(cell.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalStateException(where + ": '" + cell + "' is not a number");
        }
    }
}
