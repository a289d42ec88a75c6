package io.ticketflow.notification;

/** Who a message is for: a member of staff, the ticket's customer, or an integrator's system. */
public enum Audience {
    STAFF, CUSTOMER, INTEGRATOR
}
