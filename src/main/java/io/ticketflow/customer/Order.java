package io.ticketflow.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** An order an integrator reported (shop, marketplace, ERP); tickets that name its number link to it. */
public record Order(String orderNumber, long customerId, String source, String status, BigDecimal amount,
        String currency, String summary, Instant orderedAt, Instant updatedAt) {
}
