package io.ticketflow.sla.calendar;

/** How an SLA target counts time: in the region's business hours, or around the clock. */
public enum CalendarKind {
    BUSINESS_HOURS, TWENTY_FOUR_SEVEN
}
