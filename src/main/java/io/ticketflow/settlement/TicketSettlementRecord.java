package io.ticketflow.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One accepted job's settlement: which statement it landed on and the facts it was settled on (kept as they were
 * that day, for finance and the revenue board).
 */
public record TicketSettlementRecord(Long id, long ticketId, String ticketNumber, long statementId,
        String partnerCode, String engineer, String team, String region, String station, String serviceType,
        LocalDate serviceDate, Instant acceptedAt, boolean reopened, boolean partsLost, String currency,
        BigDecimal subtotal, BigDecimal total, Instant createdAt) {
}
