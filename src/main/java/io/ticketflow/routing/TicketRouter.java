package io.ticketflow.routing;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.ticket.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Evaluates the four routing tables in order, each on the ticket's facts plus what the tables before it decided:
 * business type → service line ({@code routing-service-line}), urgency → priority ({@code routing-urgency}),
 * customer value → service level ({@code routing-service-level}), then service level, line and region → team
 * ({@code routing-team}). In each table the first matching row decides.
 */
@Service
public class TicketRouter {

    static final String SERVICE_LINE = "routing-service-line";
    static final String URGENCY = "routing-urgency";
    static final String SERVICE_LEVEL = "routing-service-level";
    static final String TEAM = "routing-team";
    static final String ON_SITE = "ON_SITE";
    private static final String ANSWER_GLOBAL = "answer";

    private final DecisionTables decisionTables;

    public TicketRouter(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
        // Fail at start-up, not at the first ticket, when a table is missing.
        List.of(SERVICE_LINE, URGENCY, SERVICE_LEVEL, TEAM).forEach(decisionTables::table);
    }

    public RoutingDecision route(RoutingFacts facts) {
        List<RuleApplied> rules = new ArrayList<>();

        RoutingAnswer line = decide(SERVICE_LINE, facts, RoutingAnswer::serviceLine, rules,
                a -> "business type " + facts.getCategory() + " → service line " + a.serviceLine()
                        + (a.skill() != null ? ", needs skill " + a.skill() : "")
                        + (ON_SITE.equals(a.workplace()) ? ", on-site work" : ", desk work"));
        RoutingFacts withLine = facts.withServiceLine(line.serviceLine());

        RoutingAnswer urgency = decide(URGENCY, withLine, RoutingAnswer::priority, rules,
                a -> "stated urgency " + facts.getStatedUrgency().toLowerCase(Locale.ROOT) + " via "
                        + facts.getChannel() + " → priority " + a.priority());
        Priority priority = parsePriority(urgency, rules);

        RoutingAnswer level = decide(SERVICE_LEVEL, withLine, RoutingAnswer::serviceLevel, rules,
                a -> facts.getCustomerTier() + " customer, lifetime value " + facts.getLifetimeValue()
                        + " → service level " + a.serviceLevel());
        RoutingFacts withLevel = withLine.withServiceLevel(level.serviceLevel());

        RoutingAnswer team = decide(TEAM, withLevel, RoutingAnswer::team, rules,
                a -> level.serviceLevel() + " " + line.serviceLine() + " in " + facts.getRegion() + " → team "
                        + a.team());

        return new RoutingDecision(line.serviceLine(), line.skill(), ON_SITE.equals(line.workplace()), priority,
                level.serviceLevel(), team.team(), rules);
    }

    private RoutingAnswer decide(String table, RoutingFacts facts, Function<RoutingAnswer, String> decidedValue,
            List<RuleApplied> rules, Function<RoutingAnswer, String> inWords) {
        RoutingAnswer answer = new RoutingAnswer();
        DecisionTables.Decided decided = decisionTables.decide(table, ANSWER_GLOBAL, answer, facts);
        if (!decided.matched() || decidedValue.apply(answer) == null) {
            throw new NoRouteFoundException(table, facts);
        }
        rules.add(new RuleApplied(table, decided.version(), decided.row(), inWords.apply(answer)));
        return answer;
    }

    private static Priority parsePriority(RoutingAnswer urgency, List<RuleApplied> rules) {
        try {
            return Priority.valueOf(urgency.priority());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(rules.get(rules.size() - 1).reference() + " names priority '"
                    + urgency.priority() + "'; use one of " + List.of(Priority.values()));
        }
    }
}
