package io.ticketflow.tasklist;

/** What an agent may answer when completing {@code Task_HandleTicket}. */
public enum HandleTicketOutcome {
    /** The problem is solved; the customer is asked to confirm. */
    RESOLVED
}
