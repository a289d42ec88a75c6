package io.ticketflow.conversation;

import io.ticketflow.notification.Notification;
import io.ticketflow.notification.OutboundSender;
import io.ticketflow.notification.SignedPost;
import io.ticketflow.notification.Transport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The CALLBACK transport: each message is posted, signed, to its channel's adapter
 * ({@code ticketflow.conversation.callbacks.<CHANNEL>}); the payload is in docs/integrators.md. A channel whose
 * callback was removed meanwhile keeps its messages waiting and failing until it is configured again.
 */
@Component
class ChannelCallbacks implements OutboundSender {

    private final ConversationSettings settings;
    private final SignedPost post;

    ChannelCallbacks(ConversationSettings settings, SignedPost post) {
        this.settings = settings;
        this.post = post;
    }

    @Override
    public Transport transport() {
        return Transport.CALLBACK;
    }

    @Override
    public boolean ready() {
        return settings.callbacks() != null && !settings.callbacks().isEmpty();
    }

    @Override
    public Map<Long, Outcome> send(List<Notification> batch) {
        return post.postEach(batch, message -> Optional.ofNullable(settings.callbackOf(message.getTarget()))
                .map(receiver -> new SignedPost.Endpoint(receiver.url(), receiver.keyId(), receiver.secret(), false)),
                message -> Outcome.retry("no callback is configured for channel " + message.getTarget()));
    }
}
