package io.ticketflow.routing;

import io.ticketflow.rules.DecisionTables;
import org.springframework.stereotype.Service;

/**
 * Evaluates the routing decision table ({@code rules/routing.drl.csv}): the first matching row decides team and
 * priority.
 */
@Service
public class TicketRouter {

    static final String DECISION = "routing";
    private static final String OUTCOME_GLOBAL = "outcome";

    private final DecisionTables decisionTables;

    public TicketRouter(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
        decisionTables.table(DECISION); // fail at start-up, not at the first ticket, when the table is missing
    }

    public RoutingDecision route(RoutingRequest request) {
        RoutingOutcome outcome = new RoutingOutcome();
        DecisionTables.Decided decided = decisionTables.decide(DECISION, OUTCOME_GLOBAL, outcome, request);
        if (!decided.matched() || !outcome.isDecided()) {
            throw new NoRouteFoundException(request);
        }
        return new RoutingDecision(outcome.getTargetGroup(), outcome.getPriority(), DECISION, decided.row());
    }
}
