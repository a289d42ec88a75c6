package io.ticketflow.rules;

import io.ticketflow.system.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;

/** No version of an effective-dated table was in force on the day asked for. Answered with 422. */
public class NoRuleVersionException extends BusinessRuleException {

    public NoRuleVersionException(String decision, LocalDate day, List<String> versions) {
        super("No version of the " + decision + " table is in force on " + day + "; versions present: " + versions
                + " (a version is a file " + decision + DecisionTables.EFFECTIVE_FROM + "<yyyy-mm-dd>.drl.csv)");
    }
}
