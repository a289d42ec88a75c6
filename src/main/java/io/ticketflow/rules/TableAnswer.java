package io.ticketflow.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a table whose every matching row counts (surcharges, period components): each action column sets
 * one named value ({@code answer.set("amount", "$param");}), and {@link DecisionTables#decideRows} takes the values
 * of each fired row apart from the next row's.
 */
public class TableAnswer {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Called from the table's action columns. */
    public void set(String name, String value) {
        values.put(name, value);
    }

    Map<String, String> takeRow() {
        Map<String, String> row = Map.copyOf(values);
        values.clear();
        return row;
    }
}
