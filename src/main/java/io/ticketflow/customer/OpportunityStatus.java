package io.ticketflow.customer;

/** Whether a sales opportunity is still being worked, or was won or lost. */
public enum OpportunityStatus {
    OPEN, WON, LOST
}
