package io.ticketflow.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Judges a team's members for one ticket. Eligible: on duty, has the skill, serves the ticket's region, under
 * capacity. Among the eligible, on-site work at a known place goes to the nearest home station (members without a
 * known station come after those with one) and everything else to the lowest load; ties go to whoever waited
 * longest since their last dispatched ticket (round-robin), then by user id.
 */
final class CandidateRanking {

    private CandidateRanking() {
    }

    /** Every member's verdict: the eligible in the order to try them, then the excluded. */
    static List<CandidateVerdict> rank(DispatchNeeds needs, List<CandidateProfile> members) {
        List<Judged> eligible = new ArrayList<>();
        List<CandidateVerdict> excluded = new ArrayList<>();
        for (CandidateProfile member : members) {
            Double distance = needs.byDistance() && member.station() != null
                    ? member.station().kmTo(needs.location()) : null;
            CandidateVerdict verdict = new CandidateVerdict(member.userId(), exclusion(needs, member), distance,
                    member.stationName(), member.openTickets(), member.capacity());
            if (verdict.eligible()) {
                eligible.add(new Judged(verdict, member));
            } else {
                excluded.add(verdict);
            }
        }
        eligible.sort(order(needs));
        excluded.sort(Comparator.comparing(CandidateVerdict::userId));
        List<CandidateVerdict> ranked = new ArrayList<>(eligible.stream().map(Judged::verdict).toList());
        ranked.addAll(excluded);
        return ranked;
    }

    private static String exclusion(DispatchNeeds needs, CandidateProfile member) {
        if (!member.onDuty()) {
            return "off duty";
        }
        if (needs.skill() != null && !member.skills().contains(needs.skill())) {
            return "lacks skill " + needs.skill() + (member.skills().isEmpty() ? " (has none)"
                    : " (has " + String.join(", ", member.skills().stream().sorted().toList()) + ")");
        }
        if (member.region() != null && !member.region().equals(needs.region())) {
            return "serves region " + member.region() + ", not " + needs.region();
        }
        if (member.openTickets() >= member.capacity()) {
            return "at capacity (" + member.openTickets() + " of " + member.capacity() + " open tickets)";
        }
        return null;
    }

    private static Comparator<Judged> order(DispatchNeeds needs) {
        Comparator<Judged> byLoad = Comparator.comparingInt(j -> j.member().openTickets());
        Comparator<Judged> first = needs.byDistance()
                ? Comparator.comparing((Judged j) -> j.verdict().distanceKm(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byLoad)
                : byLoad;
        return first.thenComparingLong(j -> j.member().lastAssignedTicketId())
                .thenComparing(j -> j.member().userId());
    }

    private record Judged(CandidateVerdict verdict, CandidateProfile member) {
    }
}
