package io.ticketflow.rules;

import io.ticketflow.system.AnalystFolder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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

    /** Separates a table's name from its effective-from date in the file name. */
    public static final String EFFECTIVE_FROM = "@";
    private static final String ANSWER_GLOBAL = "answer";

    private final Map<String, CompiledTable> tables;

    public DecisionTables(RulesSettings settings) {
        AnalystFolder folder = new AnalystFolder(settings.rulesDir(), "rules");
        long started = System.nanoTime();
        this.tables = Map.copyOf(new DecisionTableCompiler()
                .compileAll(folder.list(DecisionTableCompiler.TABLE_SUFFIXES)));
        tables.keySet().stream().filter(name -> name.contains(EFFECTIVE_FROM)).forEach(DecisionTables::checkDate);
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

    /**
     * Evaluates a table whose every matching row counts: rows fire top to bottom, and each fired row's values (set by
     * its action columns on a {@link TableAnswer} global named {@code answer}) are returned with its name.
     */
    public List<FiredRow> decideRows(String decision, Object... facts) {
        CompiledTable table = table(decision);
        StatelessKieSession session = table.kieBase().newStatelessKieSession();
        TableAnswer answer = new TableAnswer();
        List<FiredRow> fired = new ArrayList<>();
        session.setGlobal(ANSWER_GLOBAL, answer);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(new FiredRow(decision, table.version(), event.getMatch().getRule().getName(),
                        answer.takeRow()));
            }
        });
        session.execute(Arrays.asList(facts));
        return fired;
    }

    /** One fired row of a table and the values its action columns set. */
    public record FiredRow(String table, String version, String row, Map<String, String> values) {

        /** The value of an action column, or null when its cell was empty. */
        public String value(String name) {
            return values.get(name);
        }
    }

    /**
     * The decision in force on a day for a table kept in effective-dated versions: of the files
     * {@code <decision>@<yyyy-mm-dd>.drl.csv}, the one with the latest date not after {@code day}.
     */
    public String versionValidOn(String decision, LocalDate day) {
        String prefix = decision + EFFECTIVE_FROM;
        return tables.keySet().stream()
                .filter(name -> name.startsWith(prefix))
                .filter(name -> !effectiveFrom(name).isAfter(day))
                .max(Comparator.comparing(DecisionTables::effectiveFrom))
                .orElseThrow(() -> new NoRuleVersionException(decision, day, tables.keySet().stream()
                        .filter(name -> name.startsWith(prefix)).sorted().toList()));
    }

    private static void checkDate(String versionedDecision) {
        try {
            effectiveFrom(versionedDecision);
        } catch (DateTimeParseException e) {
            throw new DecisionTableException(List.of(new DecisionTableProblem(versionedDecision, 0,
                    "the part after " + EFFECTIVE_FROM + " must be the effective-from date as yyyy-mm-dd")));
        }
    }

    /** The effective-from date of a versioned decision name ({@code settlement-piece-rate@2026-01-01}). */
    public static LocalDate effectiveFrom(String versionedDecision) {
        return LocalDate.parse(versionedDecision.substring(versionedDecision.indexOf(EFFECTIVE_FROM) + 1));
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
