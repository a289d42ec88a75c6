package io.ticketflow.settlement;

import java.math.BigDecimal;

/** A stored line of a statement, with the ticket it belongs to (null for monthly lines and corrections). */
public record StatementLine(Long id, long statementId, Long ticketSettlementId, String ticketNumber, LineKind kind,
        LineComponent component, String description, BigDecimal quantity, BigDecimal unitAmount, BigDecimal amount,
        String ruleTable, String ruleVersion, String ruleRow) {
}
