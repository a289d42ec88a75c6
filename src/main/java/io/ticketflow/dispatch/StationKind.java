package io.ticketflow.dispatch;

/** What a place is: a service station engineers start from, or a warehouse parts ship from. */
public enum StationKind {
    STATION, WAREHOUSE
}
