package io.ticketflow.notification;

/**
 * A message reached its end: SENT, FAILED after its attempts, or BOUNCED. Published in the transaction that marked
 * it, so what other features record about it (the customer's timeline) commits with the mark.
 */
public record DeliveryEnded(Notification notification) {
}
