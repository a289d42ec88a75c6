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
 * Prices one accepted job by the tables in force on its service day: the piece rate (first matching row: the job's
 * price, of which the base line is its base share), every matching surcharge (a fixed amount, a share of the job's
 * price or a percent of the parts cost), the regional coefficient (shown as its own line: base and coefficient stay
 * apart) and the region's tax on the sum.
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
        BigDecimal jobPrice = Money.parse(rate.value("unitPrice"), where(rate));
        lines.add(base(rate, jobPrice));
        for (FiredRow surcharge : tables.decideRows(tables.versionValidOn(SURCHARGE, serviceDay), job)) {
            lines.add(surcharge(surcharge, jobPrice, job));
        }

        BigDecimal beforeCoefficient = sum(lines);
        FiredRow region = first(tables.decideRows(tables.versionValidOn(REGION, serviceDay), job), REGION, job);
        BigDecimal coefficient = Money.parse(region.value("coefficient"), where(region));
        if (coefficient.signum() <= 0) {
            throw new IllegalStateException(where(region) + ": the coefficient must be above 0 (below 1 lowers the "
                    + "price, e.g. 0.90), not " + region.value("coefficient"));
        }
        if (coefficient.compareTo(BigDecimal.ONE) != 0) {
            lines.add(SettlementLine.of(LineKind.TICKET, LineComponent.COEFFICIENT, region.value("area") + " "
                    + job.getCity() + " ×" + coefficient.stripTrailingZeros().toPlainString(), beforeCoefficient,
                    coefficient.subtract(BigDecimal.ONE), region));
        }
        lines.add(tax(LineKind.TICKET, sum(lines), finance));
        return lines;
    }

    /** The job's price, or its base share when the piece-rate row gives one (the surcharges' shares add the rest). */
    private static SettlementLine base(FiredRow rate, BigDecimal jobPrice) {
        String baseShare = rate.value("baseShare");
        return baseShare == null
                ? SettlementLine.of(LineKind.TICKET, LineComponent.BASE, rate.row(), BigDecimal.ONE, jobPrice, rate)
                : SettlementLine.of(LineKind.TICKET, LineComponent.BASE, rate.row() + " " + baseShare
                        + " % of job price " + jobPrice, jobPrice, share(baseShare, rate), rate);
    }

    /** A surcharge row fills exactly one of: a fixed amount, a share of the job's price, a percent of parts cost. */
    private static SettlementLine surcharge(FiredRow row, BigDecimal jobPrice, JobFacts job) {
        String amount = row.value("amount");
        String shareOfJobPrice = row.value("shareOfJobPrice");
        String percentOfParts = row.value("percentOfParts");
        List<String> filled = new ArrayList<>();
        if (amount != null) {
            filled.add("Amount " + amount);
        }
        if (shareOfJobPrice != null) {
            filled.add("Share of job price % " + shareOfJobPrice);
        }
        if (percentOfParts != null) {
            filled.add("Percent of parts cost " + percentOfParts);
        }
        if (filled.size() != 1) {
            throw new IllegalStateException(where(row) + ": fill exactly one of Amount, Share of job price % and "
                    + "Percent of parts cost; filled: " + (filled.isEmpty() ? "none" : String.join(", ", filled)));
        }
        if (amount != null) {
            return SettlementLine.of(LineKind.TICKET, LineComponent.SURCHARGE, row.row(), BigDecimal.ONE,
                    Money.parse(amount, where(row)), row);
        }
        if (shareOfJobPrice != null) {
            return SettlementLine.of(LineKind.TICKET, LineComponent.SURCHARGE, row.row() + " " + shareOfJobPrice
                    + " % of job price " + jobPrice, jobPrice, share(shareOfJobPrice, row), row);
        }
        return SettlementLine.of(LineKind.TICKET, LineComponent.SURCHARGE, row.row() + " " + percentOfParts
                + " % of parts " + job.getPartsCost(), job.getPartsCost(), percent(percentOfParts, row), row);
    }

    /** A share of the job's price: a percent above 0 and at most 100, as a fraction. */
    private static BigDecimal share(String cell, FiredRow row) {
        BigDecimal share = percent(cell, row);
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException(where(row) + ": a share of the job price is a percent above 0 and at "
                    + "most 100, not " + cell);
        }
        return share;
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
