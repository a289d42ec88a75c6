package io.ticketflow.customer;

/**
 * Published inside the merge's transaction: every feature that keeps rows per customer moves them from
 * {@code mergedId} to {@code survivorId}.
 */
public record CustomersMerged(long mergedId, long survivorId, String actor) {
}
