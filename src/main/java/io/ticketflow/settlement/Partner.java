package io.ticketflow.settlement;

import java.time.Instant;

/** A partner the company pays: an installer, a third-party service team, a franchise, a direct store or a dealer. */
public record Partner(String code, String name, PartnerKind kind, String region, Instant updatedAt) {
}
