package io.ticketflow.settlement;

/**
 * A statement is recalculated while DRAFT; CONFIRMED freezes it (corrections become adjustment lines on a later
 * month); PAID ends it.
 */
public enum StatementStatus {
    DRAFT, CONFIRMED, PAID
}
