package io.ticketflow.customer;

/** A customer as a channel describes them: at least a name and one of e-mail or phone. */
public record CustomerDetails(String name, String phone, String email, CustomerTier tier) {
}
