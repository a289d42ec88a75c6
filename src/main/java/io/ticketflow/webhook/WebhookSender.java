package io.ticketflow.webhook;

import io.ticketflow.notification.Notification;
import io.ticketflow.notification.OutboundSender;
import io.ticketflow.notification.SignedPost;
import io.ticketflow.notification.Transport;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The WEBHOOK transport: each delivery is posted to its subscription's URL, signed with the subscription's current
 * key, the URL checked again against the operator's networks with a fresh DNS answer. A delivery whose subscription
 * was deleted is refused (a dead letter).
 */
@Component
class WebhookSender implements OutboundSender {

    private final WebhookSubscriptions subscriptions;
    private final SignedPost post;

    WebhookSender(WebhookSubscriptions subscriptions, SignedPost post) {
        this.subscriptions = subscriptions;
        this.post = post;
    }

    @Override
    public Transport transport() {
        return Transport.WEBHOOK;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public Map<Long, Outcome> send(List<Notification> batch) {
        return post.postEach(batch, delivery -> subscriptions.forDelivery(delivery.getSubscriptionId())
                .map(subscription -> new SignedPost.Endpoint(subscription.url(), subscription.keyId(),
                        subscription.secret(), true)),
                delivery -> Outcome.refused("the subscription " + delivery.getSubscriptionId() + " was deleted"));
    }
}
