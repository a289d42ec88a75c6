package io.ticketflow.settlement;

/** A statement is recalculated while DRAFT; CONFIRMED freezes it (corrections become adjustment lines); PAID ends it. */
public enum StatementStatus {
    DRAFT, CONFIRMED, PAID
}
