package io.ticketflow.settlement;

import java.time.Instant;

/** A partner's statement for one month (period {@code yyyy-MM}). */
public record Statement(Long id, String partnerCode, String period, StatementStatus status, String currency,
        Instant calculatedAt, Instant confirmedAt, String confirmedBy, Instant paidAt, Instant createdAt) {
}
