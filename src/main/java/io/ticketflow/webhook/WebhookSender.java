package io.ticketflow.webhook;

import io.ticketflow.notification.Notification;
import io.ticketflow.notification.OutboundSender;
import io.ticketflow.notification.SignedPost;
import io.ticketflow.notification.Transport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Map<Long, Outcome> outcomes = new HashMap<>();
        for (Notification delivery : batch) {
            Optional<WebhookSubscription> subscription = subscriptions.forDelivery(delivery.getSubscriptionId());
            outcomes.put(delivery.getId(), subscription.isEmpty()
                    ? Outcome.refused("the subscription " + delivery.getSubscriptionId() + " was deleted")
                    : post.post(new SignedPost.Endpoint(subscription.get().url(), subscription.get().keyId(),
                            subscription.get().secret(), true), delivery));
        }
        return outcomes;
    }
}
