package io.ticketflow.customer;

/**
 * An opportunity became WON — pushed by an integrator or closed by a pre-sales journey — published inside the
 * transaction that changed it, once per change (pushing WON again publishes nothing).
 */
public record OpportunityWon(Opportunity opportunity) {
}
