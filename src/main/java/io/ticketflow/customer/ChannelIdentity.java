package io.ticketflow.customer;

/** A customer's id on a channel: the WeChat openid, the marketplace's buyer id, … */
public record ChannelIdentity(String channel, String externalId) {
}
