package io.ticketflow.notification;

/**
 * How a message leaves: e-mail over SMTP, a signed HTTPS call to a channel's callback (WeChat, WeCom, mini program,
 * marketplace, API), a text through the SMS gateway, or a signed call to an integrator's webhook.
 */
public enum Transport {
    MAIL, CALLBACK, SMS, WEBHOOK
}
