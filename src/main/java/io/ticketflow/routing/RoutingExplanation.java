package io.ticketflow.routing;

import io.ticketflow.dispatch.CandidateVerdict;
import io.ticketflow.dispatch.Dispatch;
import java.util.List;

/**
 * Why a ticket went where it went, stored with every routing decision and transfer: the table rows that fired (in
 * order), the nearest service station when the ticket's place is known, how the team takes work, and every team
 * member's verdict — chosen, eligible but ranked lower, or excluded and why.
 */
public record RoutingExplanation(List<RuleApplied> rules, String nearestStation, String assignment,
        List<CandidateLine> candidates) {

    public RoutingExplanation {
        rules = List.copyOf(rules);
        candidates = List.copyOf(candidates);
    }

    /** One team member as dispatch judged them. */
    public record CandidateLine(String userId, String verdict, String reason) {
    }

    static RoutingExplanation of(List<RuleApplied> rules, Dispatch dispatch) {
        List<CandidateLine> lines = dispatch.candidates().stream()
                .map(c -> new CandidateLine(c.userId(), verdictOf(c, dispatch.assignee()), c.describe()))
                .toList();
        return new RoutingExplanation(rules, dispatch.nearestStation(), dispatch.summary(), lines);
    }

    private static String verdictOf(CandidateVerdict candidate, String chosen) {
        return candidate.userId().equals(chosen) ? "chosen" : candidate.eligible() ? "eligible" : "excluded";
    }
}
