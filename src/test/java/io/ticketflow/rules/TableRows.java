package io.ticketflow.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a CSV decision table's row names (its NAME column), for "every row fires" tests. */
public final class TableRows {

    private TableRows() {
    }

    /** The first cell of every line after the column-title line, which starts with "Row". */
    public static List<String> names(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table);
        int titles = lines.indexOf(lines.stream().filter(l -> l.startsWith("Row")).findFirst().orElseThrow());
        return lines.subList(titles + 1, lines.size()).stream().filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(','))).toList();
    }
}
