package io.ticketflow.settlement;

/** Where a line comes from: one accepted job, the month's rules, or a correction. */
public enum LineKind {
    TICKET, PERIOD, ADJUSTMENT
}
