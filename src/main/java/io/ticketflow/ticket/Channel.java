package io.ticketflow.ticket;

/** Where a ticket came from. */
public enum Channel {
    WEB, EMAIL, PHONE, WECHAT, WECOM, MINI_PROGRAM, MARKETPLACE, API
}
