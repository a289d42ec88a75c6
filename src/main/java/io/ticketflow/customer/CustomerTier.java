package io.ticketflow.customer;

/** How much the customer is worth to the company; routing and SLAs treat VIPs faster. */
public enum CustomerTier {
    VIP, STANDARD
}
