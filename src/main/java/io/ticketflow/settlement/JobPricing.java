package io.ticketflow.settlement;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import io.ticketflow.system.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prices one accepted job by the tables in force on its service day: the piece rate (first matching row), every
 * matching surcharge, the regional coefficient (shown as its own line: base and coefficient stay apart) and the
 * region's tax on the sum.
 */
@Component
public class JobPricing {

    static final String PIECE_RATE = "settlement-piece-rate";
    static final String SURCHARGE = "settlement-surcharge";
    static final String REGION = "settlement-region";

    private final DecisionTables tables;

    public JobPricing(DecisionTables tables) {
        this.tables = tables;
    }

    public List<SettlementLine> price(JobFacts job, LocalDate serviceDay, RegionFinance finance) {
        List<SettlementLine> lines = new ArrayList<>();
        FiredRow rate = first(tables.decideRows(tables.versionValidOn(PIECE_RATE, serviceDay), job), PIECE_RATE, job);
        lines.add(SettlementLine.of(LineKind.TICKET, LineComponent.BASE, rate.row(), BigDecimal.ONE,
                Money.parse(rate.value("unitPrice"), where(rate)), rate));

        for (FiredRow surcharge : tables.decideRows(tables.versionValidOn(SURCHARGE, serviceDay), job)) {
            lines.add(surcharge.value("percentOfParts") != null
                    ? SettlementLine.of(LineKind.TICKET, LineComponent.SURCHARGE, surcharge.row() + " "
                            + surcharge.value("percentOfParts") + " % of parts " + job.getPartsCost(),
                            job.getPartsCost(), percent(surcharge.value("percentOfParts"), surcharge), surcharge)
                    : SettlementLine.of(LineKind.TICKET, LineComponent.SURCHARGE, surcharge.row(), BigDecimal.ONE,
                            Money.parse(surcharge.value("amount"), where(surcharge)), surcharge));
        }

        BigDecimal beforeCoefficient = sum(lines);
        FiredRow region = first(tables.decideRows(tables.versionValidOn(REGION, serviceDay), job), REGION, job);
        BigDecimal coefficient = Money.parse(region.value("coefficient"), where(region));
        if (coefficient.compareTo(BigDecimal.ONE) != 0) {
            lines.add(SettlementLine.of(LineKind.TICKET, LineComponent.COEFFICIENT, region.value("area") + " "
                    + job.getCity() + " ×" + coefficient.stripTrailingZeros().toPlainString(), beforeCoefficient,
                    coefficient.subtract(BigDecimal.ONE), region));
        }
        lines.add(tax(LineKind.TICKET, sum(lines), finance));
        return lines;
    }

    static SettlementLine tax(LineKind kind, BigDecimal taxable, RegionFinance finance) {
        return SettlementLine.of(kind, LineComponent.TAX, "tax " + finance.taxRate().multiply(Money.HUNDRED)
                .stripTrailingZeros().toPlainString() + " % (" + finance.entry() + ")", taxable, finance.taxRate(),
                finance.file(), finance.version(), finance.entry());
    }

    static BigDecimal sum(List<SettlementLine> lines) {
        return lines.stream().map(SettlementLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    static BigDecimal percent(String cell, FiredRow row) {
        return Money.parse(cell, where(row)).divide(Money.HUNDRED);
    }

    static String where(FiredRow row) {
        return row.table() + " table, row \"" + row.row() + "\"";
    }

    private static FiredRow first(List<FiredRow> fired, String table, Object facts) {
        if (fired.isEmpty()) {
            throw new BusinessRuleException("No row of the " + table + " table matches " + facts
                    + "; the table needs a default row");
        }
        return fired.get(0);
    }
}
