package io.ticketflow.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.notification.Notification;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationStatus;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Integrators' webhook subscriptions and their delivery logs (integrators: their own; admins: all). */
@RestController
@Validated
@RequestMapping(WebhookController.WEBHOOKS)
@Tag(name = "Webhooks", description = "Subscribe a URL to ticket events; signed deliveries with retries, a "
        + "delivery log, pause and resume (docs/integrators.md)")
class WebhookController {

    static final String WEBHOOKS = "/api/webhooks";

    private final WebhookSubscriptions subscriptions;
    private final NotificationOutbox outbox;

    WebhookController(WebhookSubscriptions subscriptions, NotificationOutbox outbox) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    record NewSubscription(@NotBlank @Size(max = 100) @PlainText String name,
            @NotBlank @Size(max = 500) @Schema(example = "https://erp.example.com/ticketflow/events") String url,
            @NotEmpty @Size(max = 20) @Schema(example = "[\"ticket.created\", \"ticket.resolved\"]")
            List<@Pattern(regexp = "[a-z_.]{1,40}", message = "must be an event name such as ticket.created")
                    String> events) {
    }

    /** A subscription as shown; {@code secret} only right after creation or rotation. */
    record SubscriptionView(long id, String name, String url, Set<String> events, String keyId, boolean paused,
            String createdBy, Instant createdAt, String secret) {

        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.id(), s.name(), s.url(), s.eventNames(), s.keyId(), s.paused(),
                    s.createdBy(), s.createdAt(), secret);
        }
    }

    record DeliveryView(long id, String eventId, long sequence, String type, Long ticketId, NotificationStatus status,
            int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

        static DeliveryView of(Notification n) {
            return new DeliveryView(n.getId(), "evt-" + n.getTicketEventId(), n.getTicketEventId(), n.getSubject(),
                    n.getTicketId(), n.getStatus(), n.getAttempts(), n.getNextAttemptAt(), n.getLastError(),
                    n.getCreatedAt(), n.getSentAt());
        }
    }

    @PostMapping
    @Operation(summary = "Subscribes a URL (https) to ticket events; answers the signing secret once")
    ResponseEntity<SubscriptionView> create(@Valid @RequestBody NewSubscription request) {
        WebhookSubscriptions.Created created = subscriptions.create(request.name(), request.url(), request.events(),
                CurrentUser.get().userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionView.of(created.subscription(),
                created.secret()));
    }

    @GetMapping
    @Operation(summary = "The caller's subscriptions (an admin's: all)")
    List<SubscriptionView> list() {
        return subscriptions.visible().stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable @Min(1) long id) {
        return SubscriptionView.of(subscriptions.get(id), null);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Holds deliveries: events keep being queued and are delivered, in order, after resume")
    SubscriptionView pause(@PathVariable @Min(1) long id) {
        return SubscriptionView.of(subscriptions.pause(id, true), null);
    }

    @PostMapping("/{id}/resume")
    SubscriptionView resume(@PathVariable @Min(1) long id) {
        return SubscriptionView.of(subscriptions.pause(id, false), null);
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Rotates the signing secret: a new key id and secret (shown once) sign every delivery from "
            + "now on, retries included")
    SubscriptionView rotate(@PathVariable @Min(1) long id) {
        WebhookSubscriptions.Created rotated = subscriptions.rotate(id);
        return SubscriptionView.of(rotated.subscription(), rotated.secret());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable @Min(1) long id) {
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first, with status (PENDING, SENDING, SENT, FAILED), "
            + "attempts and the receiver's last answer")
    List<DeliveryView> deliveries(@PathVariable @Min(1) long id,
            @RequestParam(required = false) NotificationStatus status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return outbox.ofSubscription(subscriptions.get(id).id(), status, limit).stream().map(DeliveryView::of)
                .toList();
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    @Operation(summary = "Sends a FAILED delivery (a dead letter) again, with its same event id")
    ResponseEntity<DeliveryView> resend(@PathVariable @Min(1) long id, @PathVariable @Min(1) long deliveryId) {
        WebhookSubscription subscription = subscriptions.get(id);
        Notification delivery = outbox.get(deliveryId)
                .filter(found -> Long.valueOf(subscription.id()).equals(found.getSubscriptionId()))
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        if (!outbox.resend(deliveryId)) {
            throw new ConflictException("Delivery " + deliveryId + " is " + delivery.getStatus()
                    + "; only a FAILED one is sent again");
        }
        return ResponseEntity.accepted().body(DeliveryView.of(outbox.get(deliveryId).orElseThrow()));
    }
}
