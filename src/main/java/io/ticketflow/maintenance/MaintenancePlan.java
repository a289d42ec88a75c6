package io.ticketflow.maintenance;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code rules/maintenance-plan.drl.csv}: when a device is due for maintenance — a number of months after its
 * purchase or its last service, per product model — and how many days before that the customer is offered a
 * visit. The first matching row decides; no row: the model needs no maintenance.
 */
@Service
public class MaintenancePlan {

    static final String TABLE = "maintenance-plan";

    private final DecisionTables tables;

    public MaintenancePlan(DecisionTables tables) {
        this.tables = tables;
        tables.table(TABLE);
    }

    /** The device's next maintenance, or empty when the table plans none for its model. */
    public Optional<Due> dueOf(String productModel, LocalDate purchasedOn, LocalDate lastServiceOn) {
        List<FiredRow> fired = tables.decideRows(TABLE, new MaintenanceFacts(productModel, lastServiceOn != null));
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        FiredRow row = fired.get(0);
        LocalDate dueOn = (lastServiceOn != null ? lastServiceOn : purchasedOn).plusMonths(number(row, "everyMonths",
                1));
        return Optional.of(new Due(dueOn, dueOn.minusDays(number(row, "offerDaysAhead", 0)), TABLE + " table v"
                + row.version() + ", row \"" + row.row() + "\""));
    }

    private static int number(FiredRow row, String column, int least) {
        String value = row.value(column);
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // told below
        }
        throw new IllegalStateException("Row \"" + row.row() + "\" of the " + TABLE + " table has " + column + " '"
                + value + "'; it must be a whole number of at least " + least);
    }

    /** When maintenance is due, from which day the customer is offered it, and the row that said so. */
    public record Due(LocalDate dueOn, LocalDate offerFrom, String rule) {

        /** True when a run on {@code day} offers this maintenance. */
        public boolean offeredOn(LocalDate day) {
            return !offerFrom.isAfter(day);
        }
    }
}
