package io.ticketflow.routing;

import io.ticketflow.rules.DecisionTables;
import org.springframework.stereotype.Service;

/** Evaluates {@code rules/transfer-policy.drl.csv}: may this person move this ticket to that team? */
@Service
class TransferPolicy {

    static final String TABLE = "transfer-policy";
    private static final String ANSWER_GLOBAL = "answer";

    private final DecisionTables decisionTables;

    TransferPolicy(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
        decisionTables.table(TABLE);
    }

    /** The verdict with the row that gave it. */
    Verdict judge(TransferFacts facts) {
        TransferAnswer answer = new TransferAnswer();
        DecisionTables.Decided decided = decisionTables.decide(TABLE, ANSWER_GLOBAL, answer, facts);
        if (!decided.matched() || answer.allowed() == null) {
            throw new NoRouteFoundException(TABLE, facts);
        }
        return new Verdict(answer.allowed(), new RuleApplied(TABLE, decided.version(), decided.row(),
                (answer.allowed() ? "allowed: " : "refused: ") + answer.because()));
    }

    record Verdict(boolean allowed, RuleApplied rule) {
    }
}
