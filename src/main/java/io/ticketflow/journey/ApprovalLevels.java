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
     * or no level needed).
     */
    public Next next(String type, BigDecimal amount, int asked) {
        List<Level> needed = levelsFor(type, amount);
        String what = type + " of " + amount.toPlainString();
        if (asked < needed.size()) {
            Level level = needed.get(asked);
            return new Next(level.approverGroup(), asked + 1, "level " + (asked + 1) + " of " + needed.size() + ": "
                    + level.approverGroup() + " to approve " + what + " (" + level.rule() + ")");
        }
        return new Next(null, asked, needed.isEmpty()
                ? what + " needs no approval (no row of the " + TABLE + " table asks for one)"
                : what + " approved at every level (" + needed.size() + ")");
    }

    /** The next approver group (null: approved) and the number of levels asked with it, and why. */
    public record Next(String approverGroup, int asked, String summary) {

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
