package io.ticketflow.dispatch;

import java.util.Set;

/**
 * A team member as dispatch sees them: skills, region (null: every region), home station and its place (may be
 * null), duty, capacity, current open tickets, and the id of the last ticket dispatched to them (0: none yet), which
 * breaks ties round-robin.
 */
record CandidateProfile(String userId, Set<String> skills, String region, String stationName, GeoPoint station,
        boolean onDuty, int capacity, int openTickets, long lastAssignedTicketId) {

    CandidateProfile {
        skills = Set.copyOf(skills);
    }
}
