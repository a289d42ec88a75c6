package io.ticketflow.settlement;

/**
 * Published inside the transaction that stored a job's service report (by the engineer's API call or a journey's
 * work report), for features that follow what was done on site — a maintenance visit moves its device's next
 * maintenance.
 */
public record ServiceReported(long ticketId, String serviceType) {
}
