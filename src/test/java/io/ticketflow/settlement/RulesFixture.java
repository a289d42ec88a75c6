package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the real {@code rules/} folder with a table changed, for tests of what a changed table does. */
final class RulesFixture {

    static final Path REAL_RULES = Path.of("rules");

    private RulesFixture() {
    }

    /** Copies every file of the real rules folder into {@code folder}. */
    static Path copyOfTheRealRules(Path folder) throws IOException {
        try (var files = Files.list(REAL_RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /** The real table's text with {@code from} replaced by {@code to}; fails when the table has no {@code from}. */
    static String realTableWith(String file, String from, String to) throws IOException {
        return replaced(REAL_RULES.resolve(file), from, to);
    }

    /** Changes a table of a copied rules folder in place; fails when the table has no {@code from}. */
    static void change(Path folder, String file, String from, String to) throws IOException {
        Files.writeString(folder.resolve(file), replaced(folder.resolve(file), from, to));
    }

    private static String replaced(Path table, String from, String to) throws IOException {
        String text = Files.readString(table);
        assertThat(text).as("the text to change in %s", table).contains(from);
        return text.replace(from, to);
    }

    static DecisionTables compiled(Path folder) {
        return new DecisionTables(new RulesSettings(folder));
    }
}
