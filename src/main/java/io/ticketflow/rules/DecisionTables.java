package io.ticketflow.rules;

import io.ticketflow.system.AnalystFolder;
import java.util.Arrays;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
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

    /**
     * Evaluates a decision on some facts: the table's one global (the outcome its action columns fill in) is set to
     * {@code outcome}; rows are tried top to bottom and the first match fires. Returns the firing row's name, or
     * null when no row matched. A stateless session per call keeps concurrent evaluations apart.
     */
    public Decided decide(String decision, String outcomeGlobal, Object outcome, Object... facts) {
        CompiledTable table = table(decision);
        StatelessKieSession session = table.kieBase().newStatelessKieSession();
        FirstFiredRow firstFired = new FirstFiredRow();
        session.setGlobal(outcomeGlobal, outcome);
        session.addEventListener(firstFired);
        session.execute(Arrays.asList(facts));
        return new Decided(decision, table.version(), firstFired.name);
    }

    /** Which table (and version) decided, and by which row; {@code row} is null when nothing matched. */
    public record Decided(String table, String version, String row) {

        public boolean matched() {
            return row != null;
        }
    }

    private static final class FirstFiredRow extends DefaultAgendaEventListener {
        private String name;

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (name == null) {
                name = event.getMatch().getRule().getName();
            }
        }
    }

    /** The table for a decision, e.g. {@code routing-team} for {@code rules/routing-team.drl.csv}. */
    public CompiledTable table(String decision) {
        CompiledTable table = tables.get(decision);
        if (table == null) {
            throw new IllegalStateException("No decision table '" + decision + "' (" + decision
                    + ".drl.csv or .drl.xlsx) in the rules folder; present: " + tables.keySet());
        }
        return table;
    }
}
