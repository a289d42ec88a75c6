package io.ticketflow.ticket;

/** How fast a ticket must be handled. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
