package io.ticketflow.customer;

/** How a customer is recognised: an e-mail address, a phone number, or a channel's own user id (openid, …). */
public enum IdentityKind {
    EMAIL, PHONE, CHANNEL
}
