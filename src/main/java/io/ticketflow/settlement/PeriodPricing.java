package io.ticketflow.settlement;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Prices a partner's month by the monthly table in force on the month's last day: every matching row adds a line —
 * a fixed amount, or a percentage of the month's sales or of the sales above a threshold — and the region's tax on
 * their sum.
 */
@Component
public class PeriodPricing {

    static final String PERIOD = "settlement-period";
    static final String OF_VOLUME = "VOLUME";
    static final String OF_VOLUME_ABOVE = "VOLUME_ABOVE";

    private final DecisionTables tables;

    public PeriodPricing(DecisionTables tables) {
        this.tables = tables;
    }

    public List<SettlementLine> price(PeriodFacts month, LocalDate lastDay, RegionFinance finance) {
        List<SettlementLine> lines = new ArrayList<>();
        for (FiredRow row : tables.decideRows(tables.versionValidOn(PERIOD, lastDay), month)) {
            LineComponent component = LineComponent.valueOf(row.value("component").strip().toUpperCase(Locale.ROOT));
            if (row.value("percent") == null) {
                lines.add(SettlementLine.of(LineKind.PERIOD, component, row.row(), BigDecimal.ONE,
                        Money.parse(row.value("amount"), JobPricing.where(row)), row));
                continue;
            }
            BigDecimal rate = JobPricing.percent(row.value("percent"), row);
            BigDecimal base = month.getVolume();
            String of = row.value("of") == null ? OF_VOLUME : row.value("of").strip();
            if (OF_VOLUME_ABOVE.equals(of)) {
                base = base.subtract(Money.parse(row.value("above"), JobPricing.where(row))).max(BigDecimal.ZERO);
            } else if (!OF_VOLUME.equals(of)) {
                throw new IllegalStateException(JobPricing.where(row) + ": 'Of' is " + OF_VOLUME + " or "
                        + OF_VOLUME_ABOVE + ", not '" + of + "'");
            }
            lines.add(SettlementLine.of(LineKind.PERIOD, component, row.row() + " (" + row.value("percent")
                    + " % of " + base.toPlainString() + ")", base, rate, row));
        }
        if (!lines.isEmpty()) {
            lines.add(JobPricing.tax(LineKind.PERIOD, JobPricing.sum(lines), finance));
        }
        return lines;
    }
}
