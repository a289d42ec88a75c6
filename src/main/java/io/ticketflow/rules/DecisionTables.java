package io.ticketflow.rules;

import io.ticketflow.system.AnalystFolder;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The decision tables in force. All of {@code ticketflow.rules-dir} is compiled at start-up; one that does not
 * compile stops the start with its file, row and reason.
 */
@Component
public class DecisionTables {

    private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);

    private final Map<String, CompiledTable> tables;

    public DecisionTables(RulesSettings settings) {
        AnalystFolder folder = new AnalystFolder(settings.rulesDir(), "rules");
        long started = System.nanoTime();
        this.tables = Map.copyOf(new DecisionTableCompiler()
                .compileAll(folder.list(DecisionTableCompiler.TABLE_SUFFIXES)));
        log.info("Compiled {} decision table(s) {} from {} in {} ms", tables.size(), tables.keySet(),
                folder.location(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The table for a decision, e.g. {@code routing} for {@code rules/routing.drl.csv}. */
    public CompiledTable table(String decision) {
        CompiledTable table = tables.get(decision);
        if (table == null) {
            throw new IllegalStateException("No decision table '" + decision + "' (" + decision
                    + ".drl.csv or .drl.xlsx) in the rules folder; present: " + tables.keySet());
        }
        return table;
    }
}
