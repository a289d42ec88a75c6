package io.ticketflow.sla;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.sla.calendar.CalendarKind;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/** Evaluates the SLA policy table ({@code rules/sla-policy.drl.csv}): the first matching row decides. */
@Service
public class SlaPolicies {

    static final String DECISION = "sla-policy";
    private static final String OUTCOME_GLOBAL = "policy";

    private final DecisionTables decisionTables;

    public SlaPolicies(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
        decisionTables.table(DECISION); // fail at start-up when the table is missing
    }

    public SlaPolicy policyFor(SlaRequest request) {
        SlaPolicyOutcome outcome = new SlaPolicyOutcome();
        DecisionTables.Decided decided = decisionTables.decide(DECISION, OUTCOME_GLOBAL, outcome, request);
        if (!decided.matched() || !outcome.isDecided()) {
            throw new IllegalStateException("No row of the SLA policy table matches " + request
                    + "; the table needs a default row");
        }
        String row = decided.row();
        int warnAt = outcome.warnAtPercent() == null ? 75 : outcome.warnAtPercent();
        if (warnAt < 1 || warnAt > 99) {
            throw new InvalidSlaPolicyException(row, "warn at " + warnAt + "% is not between 1 and 99");
        }
        // A step has one target, "done within" (the resolution column); the first response is the ticket's alone.
        return new SlaPolicy(request.isForTicket() ? duration(row, "first response", outcome.firstResponse()) : null,
                duration(row, request.isForTicket() ? "resolution" : "done within", outcome.resolution()), warnAt, calendar(row, outcome.calendar()),
                recipients(outcome.levelOneTells()), duration(row, "level 2 after", outcome.levelTwoAfter()),
                recipients(outcome.levelTwoTells()), DECISION, decided.version(), row);
    }

    private static Duration duration(String row, String cell, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSlaPolicyException(row, cell + " is empty");
        }
        try {
            Duration duration = Duration.parse(value.strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new InvalidSlaPolicyException(row, cell + " " + value + " is not positive");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidSlaPolicyException(row, cell + " '" + value + "' is not a duration like PT2H or P1D");
        }
    }

    private static CalendarKind calendar(String row, String value) {
        try {
            return value == null ? CalendarKind.BUSINESS_HOURS : CalendarKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSlaPolicyException(row, "counted in '" + value + "' is not one of "
                    + Arrays.toString(CalendarKind.values()));
        }
    }

    private static List<String> recipients(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
