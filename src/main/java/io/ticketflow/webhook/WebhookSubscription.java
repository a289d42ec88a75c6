package io.ticketflow.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An integrator's subscription ({@code tf_webhook_subscription}): where to, for which events (wire names, comma
 * separated), the key it is signed with, whether paused, whose.
 */
record WebhookSubscription(long id, String name, String url, String events, String keyId, String secret,
        boolean paused, String createdBy, Instant createdAt) {

    Set<String> eventNames() {
        return Arrays.stream(events.split(",")).map(String::strip).filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean wants(WebhookEvent event) {
        return eventNames().contains(event.wireName());
    }
}
