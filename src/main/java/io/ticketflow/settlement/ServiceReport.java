package io.ticketflow.settlement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the engineer reports about a job: its service type and complexity, the surcharge circumstances, parts
 * supplied (cost) or lost, and the city the job was in. Settlement prices the job from it.
 */
public record ServiceReport(long ticketId, String serviceType, Complexity complexity, boolean highAltitude,
        boolean nightVisit, boolean remoteArea, BigDecimal partsCost, boolean partsLost, String city,
        String reportedBy, Instant reportedAt) {
}
