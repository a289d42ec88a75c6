package io.ticketflow.webhook;

import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.OutboundUrls;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrators' webhook subscriptions: made with a URL Ticketflow may call (https, not into the operator's own
 * networks) and the events wanted; the signing secret is made here and shown once, at creation or rotation. An
 * integrator sees and changes their own subscriptions, an admin every one. The list the event fan-out reads is
 * cached for a few seconds (every node picks up a change within that time).
 */
@Service
class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CACHE_FOR = Duration.ofSeconds(5);
    /** Subscriptions one integrator may hold: every one multiplies each event's deliveries. */
    static final int MAX_PER_INTEGRATOR = 20;

    private final WebhookMapper mapper;
    private final OutboundUrls urls;
    private final NotificationOutbox outbox;
    private final Clock clock;
    private volatile Cached cached = new Cached(List.of(), 0);

    WebhookSubscriptions(WebhookMapper mapper, OutboundUrls urls, NotificationOutbox outbox, Clock clock) {
        this.mapper = mapper;
        this.urls = urls;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Cached(List<WebhookSubscription> subscriptions, long loadedAtNanos) {
    }

    /** A new subscription with its secret, which is shown this once. */
    record Created(WebhookSubscription subscription, String secret) {
    }

    @Transactional
    Created create(String name, String url, List<String> events, String actor) {
        List<FieldError> errors = new ArrayList<>();
        urls.problem(url, true).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        Set<String> wanted = checkEvents(events, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        if (mapper.findSubscriptions(actor).size() >= MAX_PER_INTEGRATOR) {
            throw new ConflictException("An integrator holds at most " + MAX_PER_INTEGRATOR
                    + " subscriptions; delete one first (one subscription may take many events)");
        }
        String secret = newSecret();
        WebhookMapper.NewSubscription row = new WebhookMapper.NewSubscription(name.strip(), url, String.join(",",
                wanted), "1", secret, actor, clock.instant());
        mapper.insertSubscription(row);
        forget();
        return new Created(get(row.id), secret);
    }

    List<WebhookSubscription> visible() {
        CurrentUser user = CurrentUser.get();
        return mapper.findSubscriptions(user.isMemberOf(Roles.ADMIN) ? null : user.userId());
    }

    /** A subscription the caller may see: their own, or any for an admin; 404 otherwise. */
    WebhookSubscription get(long id) {
        CurrentUser user = CurrentUser.get();
        return mapper.findSubscription(id)
                .filter(found -> user.isMemberOf(Roles.ADMIN) || found.createdBy().equals(user.userId()))
                .orElseThrow(() -> new NotFoundException("Webhook subscription", id));
    }

    @Transactional
    WebhookSubscription pause(long id, boolean paused) {
        mapper.updatePaused(get(id).id(), paused);
        forget();
        return get(id);
    }

    /** A new secret under the next key id; deliveries from now on are signed with it. */
    @Transactional
    Created rotate(long id) {
        WebhookSubscription subscription = get(id);
        String secret = newSecret();
        mapper.updateKey(id, String.valueOf(Integer.parseInt(subscription.keyId()) + 1), secret);
        forget();
        return new Created(get(id), secret);
    }

    /** Deletes the subscription; its deliveries not yet sent end as FAILED (visible in the outbox, not sent). */
    @Transactional
    void delete(long id) {
        mapper.deleteSubscription(get(id).id());
        outbox.abandonSubscription(id, "the subscription was deleted before this was sent");
        forget();
    }

    /** Every subscription, as the event fan-out sees it (cached a few seconds). */
    List<WebhookSubscription> all() {
        Cached now = cached;
        if (System.nanoTime() - now.loadedAtNanos() > CACHE_FOR.toNanos() || now.loadedAtNanos() == 0) {
            now = new Cached(mapper.findSubscriptions(null), System.nanoTime());
            cached = now;
        }
        return now.subscriptions();
    }

    /** The subscription a delivery belongs to, read fresh (its key may have been rotated). */
    Optional<WebhookSubscription> forDelivery(long id) {
        return mapper.findSubscription(id);
    }

    private void forget() {
        cached = new Cached(List.of(), 0);
    }

    private static Set<String> checkEvents(List<String> events, List<FieldError> errors) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String event : events) {
            if (WebhookEvent.named(event).isEmpty()) {
                errors.add(new FieldError("events", "'" + event + "' is no event; the events are "
                        + Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList()));
            }
            wanted.add(event);
        }
        return wanted;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
