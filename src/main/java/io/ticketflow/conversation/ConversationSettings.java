package io.ticketflow.conversation;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Conversation settings ({@code ticketflow.conversation.*}).
 *
 * @param callbacks per channel (WECHAT, WECOM, MINI_PROGRAM, MARKETPLACE, API): the adapter that turns Ticketflow's
 *        messages into the channel's own (a WeChat template message, ...). A channel without one gets no replies
 * @param sms the SMS gateway that texts phone and hotline customers; none configured, none sent
 */
@ConfigurationProperties("ticketflow.conversation")
public record ConversationSettings(Map<String, Receiver> callbacks, @DefaultValue Receiver sms) {

    /** An HTTPS receiver and the key Ticketflow signs with: {@code key-id} names {@code secret} to the receiver. */
    public record Receiver(String url, @DefaultValue("1") String keyId, String secret) {

        public boolean configured() {
            return url != null && !url.isBlank() && secret != null && !secret.isBlank();
        }
    }

    public Receiver callbackOf(String channel) {
        Receiver receiver = callbacks == null ? null : callbacks.get(channel);
        return receiver != null && receiver.configured() ? receiver : null;
    }
}
