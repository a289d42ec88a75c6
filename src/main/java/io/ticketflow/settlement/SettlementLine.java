package io.ticketflow.settlement;

import io.ticketflow.rules.DecisionTables.FiredRow;
import java.math.BigDecimal;

/**
 * One line of a settlement: quantity × unit amount = amount (rounded to cents, half up), with the rule that made it:
 * table, version and row (null for manual adjustments).
 */
public record SettlementLine(LineKind kind, LineComponent component, String description, BigDecimal quantity,
        BigDecimal unitAmount, BigDecimal amount, String ruleTable, String ruleVersion, String ruleRow) {

    static SettlementLine of(LineKind kind, LineComponent component, String description, BigDecimal quantity,
            BigDecimal unitAmount, String ruleTable, String ruleVersion, String ruleRow) {
        return new SettlementLine(kind, component, description, quantity, unitAmount,
                Money.round(quantity.multiply(unitAmount)), ruleTable, ruleVersion, ruleRow);
    }

    static SettlementLine of(LineKind kind, LineComponent component, String description, BigDecimal quantity,
            BigDecimal unitAmount, FiredRow row) {
        return of(kind, component, description, quantity, unitAmount, row.table(), row.version(), row.row());
    }
}
