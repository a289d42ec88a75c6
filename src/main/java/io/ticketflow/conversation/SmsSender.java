package io.ticketflow.conversation;

import io.ticketflow.notification.OutboundSender;
import io.ticketflow.notification.Transport;

/**
 * The boundary to an SMS provider: texts phone and hotline customers (the message's payload says to whom and
 * what). {@link HttpSmsGateway} speaks Ticketflow's documented HTTP protocol; a provider's own API would be another
 * implementation of this interface.
 */
interface SmsSender extends OutboundSender {

    @Override
    default Transport transport() {
        return Transport.SMS;
    }
}
