package io.ticketflow.customer;

/**
 * A customer as a channel describes them: at least a name and one of e-mail or phone; tier and lifetime value (whole
 * currency units) when the integrator knows them.
 */
public record CustomerDetails(String name, String phone, String email, CustomerTier tier, Long lifetimeValue) {

    public CustomerDetails(String name, String phone, String email, CustomerTier tier) {
        this(name, phone, email, tier, null);
    }
}
