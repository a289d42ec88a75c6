package io.ticketflow.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a CSV decision table's rows (the NAME column and the cells), for "every row fires" tests. */
public final class TableRows {

    private TableRows() {
    }

    /** A comma outside double quotes. */
    private static final Pattern CELL_BREAK = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    /** The first cell of every line after the column-title line, which starts with "Row". */
    public static List<String> names(Path table) throws IOException {
        return rows(table).stream().map(cells -> cells.get(0)).toList();
    }

    /** Every line after the column-title line, as its cells (quotes removed; an empty cell is ""). */
    public static List<List<String>> rows(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table);
        int titles = lines.indexOf(lines.stream().filter(l -> l.startsWith("Row")).findFirst().orElseThrow());
        return lines.subList(titles + 1, lines.size()).stream().filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(CELL_BREAK.split(l, -1)).map(TableRows::unquote).toList()).toList();
    }

    private static String unquote(String cell) {
        String plain = cell.strip();
        return plain.length() >= 2 && plain.startsWith("\"") && plain.endsWith("\"")
                ? plain.substring(1, plain.length() - 1).replace("\"\"", "\"") : plain;
    }
}
