package io.ticketflow.settlement;

/** How hard a job was, as the engineer reports it; the piece-rate table prices by it. */
public enum Complexity {
    SIMPLE, STANDARD, COMPLEX
}
