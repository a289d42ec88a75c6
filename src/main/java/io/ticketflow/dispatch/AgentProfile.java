package io.ticketflow.dispatch;

import java.time.Instant;
import java.util.List;

/** An agent's dispatch profile as the API shows it, with their current open tickets. */
public record AgentProfile(String userId, String region, String station, String stationName, boolean onDuty,
        int capacity, int openTickets, List<String> skills, Instant updatedAt) {
}
