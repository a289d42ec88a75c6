package io.ticketflow.customer;

/**
 * Whether the caller may see a customer. A customer is visible through their tickets, which this feature does not
 * know: the ticket feature implements it (a customer with at least one ticket the caller may see).
 */
public interface CustomerAccess {

    boolean maySee(long customerId);
}
