package io.ticketflow.conversation;

import io.ticketflow.notification.Notification;
import io.ticketflow.notification.SignedPost;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * SMS through an HTTP gateway ({@code ticketflow.conversation.sms}): each text is one signed POST of
 * {@code {"id": ..., "to": "+86...", "text": ...}} (docs/integrators.md), with the same signature, retries and
 * duplicate-dropping id as channel callbacks. Most SMS providers are reached through such a small relay.
 */
@Component
class HttpSmsGateway implements SmsSender {

    private final ConversationSettings settings;
    private final SignedPost post;

    HttpSmsGateway(ConversationSettings settings, SignedPost post) {
        this.settings = settings;
        this.post = post;
    }

    @Override
    public boolean ready() {
        return settings.sms().configured();
    }

    @Override
    public Map<Long, Outcome> send(List<Notification> batch) {
        ConversationSettings.Receiver gateway = settings.sms();
        return post.postEach(batch, message -> Optional.of(new SignedPost.Endpoint(gateway.url(), gateway.keyId(),
                gateway.secret(), false)), message -> Outcome.retry("no SMS gateway is configured"));
    }
}
