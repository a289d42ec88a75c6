package io.ticketflow.journey;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.ticket.JourneyChooser;
import io.ticketflow.ticket.Ticket;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * {@code rules/journeys.drl.csv}: which journey a new ticket starts, by category, template, channel and customer
 * tier — the first matching row's process key. A caller may ask for a journey by key; only those the table names
 * are allowed, so no ticket ever starts a building block or a process nobody meant as a journey.
 */
@Service
public class Journeys implements JourneyChooser {

    static final String TABLE = "journeys";
    private static final String JOURNEY = "journey";
    /** How the table's journey column reads in the DRL the table compiles to. */
    private static final Pattern JOURNEY_ACTION = Pattern.compile("set\\(\"journey\", \"([^\"]+)\"\\)");

    private final DecisionTables tables;
    private final RepositoryService repositoryService;

    Journeys(DecisionTables tables, RepositoryService repositoryService) {
        this.tables = tables;
        this.repositoryService = repositoryService;
        tables.table(TABLE);
    }

    @Override
    public Choice choose(Ticket ticket, String customerTier, String requested) {
        if (requested != null) {
            if (!allowed().contains(requested)) {
                throw new InvalidFieldException(JOURNEY, "'" + requested + "' is not a journey; the journeys table "
                        + "allows " + allowed());
            }
            return new Choice(requested, "asked for by the caller");
        }
        List<FiredRow> fired = tables.decideRows(TABLE, new JourneyFacts(ticket.getCategory(),
                ticket.getTemplateCode(), ticket.getChannel().name(), customerTier));
        if (fired.isEmpty() || fired.get(0).value(JOURNEY) == null) {
            throw new IllegalStateException("No row of the " + TABLE + " table matches ticket "
                    + ticket.getTicketNumber() + "; the table needs a default row");
        }
        FiredRow row = fired.get(0);
        return new Choice(row.value(JOURNEY), TABLE + " table v" + row.version() + ", row \"" + row.row() + "\"");
    }

    /** The process keys the journeys table names. */
    public Set<String> allowed() {
        Set<String> keys = new TreeSet<>();
        Matcher action = JOURNEY_ACTION.matcher(tables.table(TABLE).drl());
        while (action.find()) {
            keys.add(action.group(1));
        }
        return keys;
    }

    /** A journey the table names but nobody deployed would fail every ticket it is chosen for: refuse to start. */
    @EventListener(ApplicationReadyEvent.class)
    void checkEveryJourneyIsDeployed() {
        Set<String> missing = new TreeSet<>();
        for (String key : allowed()) {
            if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The " + TABLE + " table names journeys no file in processes/ defines: "
                    + missing);
        }
    }
}
