package io.ticketflow.dispatch;

import java.util.List;

/**
 * How a ticket was placed within its team: the team (and the region it serves), the person picked (null: left in the
 * team's queue), the nearest station to the ticket when its place is known, and every member's verdict.
 */
public record Dispatch(String team, String teamRegion, String assignee, String mode, String nearestStation,
        List<CandidateVerdict> candidates, String summary) {

    public Dispatch {
        candidates = List.copyOf(candidates);
    }
}
