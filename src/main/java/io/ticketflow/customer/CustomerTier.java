package io.ticketflow.customer;

/**
 * How much the customer is worth to the company; routing and SLAs treat VIPs faster, and key accounts (national
 * contracts) go to the key-account team wherever they are.
 */
public enum CustomerTier {
    KEY_ACCOUNT, VIP, STANDARD
}
