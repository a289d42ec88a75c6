package io.ticketflow.dispatch;

import java.util.Locale;

/**
 * How dispatch judged one team member: eligible or excluded (and why), with the figures it compared.
 *
 * @param distanceKm from their home station to the ticket, when dispatch went by distance and both places are known
 */
public record CandidateVerdict(String userId, String exclusion, Double distanceKm, String stationName,
        int openTickets, int capacity) {

    public boolean eligible() {
        return exclusion == null;
    }

    /** {@code 3.2 km from Pudong station, 1 of 4 open tickets} or {@code off duty}. */
    public String describe() {
        if (!eligible()) {
            return exclusion;
        }
        String load = openTickets + " of " + capacity + " open tickets";
        return distanceKm == null ? load
                : String.format(Locale.ROOT, "%.1f km from %s, %s", distanceKm, stationName, load);
    }

    CandidateVerdict excluded(String why) {
        return new CandidateVerdict(userId, why, distanceKm, stationName, openTickets, capacity);
    }
}
