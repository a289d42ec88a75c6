package io.ticketflow.sla;

/** What an SLA promises: a first response to the customer, and a resolution. */
public enum SlaTarget {
    /** Met by the first public reply of an agent, or by resolving the ticket, whichever comes first. */
    FIRST_RESPONSE,
    /** Met by resolving the ticket. */
    RESOLUTION
}
