package io.ticketflow.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A sales opportunity from the CRM (pre-sales); a customer's open one is linked to their new tickets. */
public record Opportunity(String externalId, long customerId, String title, String stage, OpportunityStatus status,
        BigDecimal amount, LocalDate expectedClose, Instant updatedAt) {
}
