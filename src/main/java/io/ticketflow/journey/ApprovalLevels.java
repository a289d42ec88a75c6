package io.ticketflow.journey;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * {@code rules/approval-levels.drl.csv}: who must approve an amount. Every matching row is one level — its approver
 * group and its number; levels are asked in the order of their numbers. No matching row: no approval needed.
 */
@Service
public class ApprovalLevels {

    static final String TABLE = "approval-levels";
    /** The kind of an approver's step: its approver may have done no other step of the ticket. */
    public static final String STEP_KIND = "APPROVAL";

    private final DecisionTables tables;

    public ApprovalLevels(DecisionTables tables) {
        this.tables = tables;
        tables.table(TABLE);
    }

    /** The levels an amount of a type needs, first asked first. */
    public List<Level> levelsFor(String type, BigDecimal amount) {
        List<FiredRow> fired = tables.decideRows(TABLE, new ApprovalFacts(type, amount));
        return fired.stream()
                .map(row -> new Level(row.value("approver"), level(row), TABLE + " table v" + row.version()
                        + ", row \"" + row.row() + "\""))
                .sorted(Comparator.comparingInt(Level::number))
                .toList();
    }

    /**
     * What comes after {@code asked} levels have approved an amount: the next level, or none (every level approved,
     * or no level needed). The levels are those of the highest amount this request ever asked for
     * ({@code peakBefore}, null at first): a request revised down after a rejection still goes to every level the
     * higher amount needed, so lowering the amount cannot step around the approver who said no.
     */
    public Next next(String type, BigDecimal amount, BigDecimal peakBefore, int asked) {
        BigDecimal peak = peakBefore == null || amount.compareTo(peakBefore) > 0 ? amount : peakBefore;
        List<Level> needed = levelsFor(type, peak);
        String what = type + " of " + amount.toPlainString()
                + (peak.compareTo(amount) > 0 ? " (first asked " + peak.toPlainString() + ")" : "");
        if (asked < needed.size()) {
            Level level = needed.get(asked);
            return new Next(level.approverGroup(), asked + 1, "level " + (asked + 1) + " of " + needed.size() + ": "
                    + level.approverGroup() + " to approve " + what + " (" + level.rule() + ")", peak);
        }
        return new Next(null, asked, needed.isEmpty()
                ? what + " needs no approval (no row of the " + TABLE + " table asks for one)"
                : what + " approved at every level (" + needed.size() + ")", peak);
    }

    /**
     * The next approver group (null: approved), the number of levels asked with it, why, and the highest amount the
     * request asked for so far.
     */
    public record Next(String approverGroup, int asked, String summary, BigDecimal peak) {

        public boolean approved() {
            return approverGroup == null;
        }
    }

    private static int level(FiredRow row) {
        String value = row.value("level");
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalStateException("Row \"" + row.row() + "\" of the " + TABLE + " table has level '" + value
                    + "'; a level is a whole number (1, 2, ...)");
        }
    }

    /** One level: the group whose member approves, its place in the order, and the row that asked for it. */
    public record Level(String approverGroup, int number, String rule) {
    }
}
