package io.ticketflow.routing;

import io.ticketflow.rules.CompiledTable;
import io.ticketflow.rules.DecisionTables;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Service;

/**
 * Evaluates the routing decision table ({@code rules/routing.drl.csv}). Rows are tried top to bottom and the first
 * that matches decides; a stateless session per evaluation keeps concurrent evaluations apart.
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
        CompiledTable table = decisionTables.table(DECISION);
        StatelessKieSession session = table.kieBase().newStatelessKieSession();
        RoutingOutcome outcome = new RoutingOutcome();
        FiredRow firedRow = new FiredRow();
        session.setGlobal(OUTCOME_GLOBAL, outcome);
        session.addEventListener(firedRow);
        session.execute(request);
        if (!outcome.isDecided()) {
            throw new NoRouteFoundException(request);
        }
        return new RoutingDecision(outcome.getTargetGroup(), outcome.getPriority(), DECISION, firedRow.name);
    }

    /** Remembers the row that fired; rows are named by the table's NAME column. */
    private static final class FiredRow extends DefaultAgendaEventListener {
        private String name;

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (name == null) {
                name = event.getMatch().getRule().getName();
            }
        }
    }
}
