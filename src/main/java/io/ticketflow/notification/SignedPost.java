package io.ticketflow.notification;

import io.ticketflow.system.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Posts a message's JSON payload to an HTTP receiver, signed as inbound webhooks are: {@code X-Ticketflow-Signature:
 * sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with {@code X-Ticketflow-Timestamp} (seconds since 1970) and
 * {@code X-Ticketflow-Key-Id} naming the secret, so secrets can be rotated. {@code X-Ticketflow-Message-Id} is the
 * message's stable id: the same on every retry, for the receiver to drop duplicates. 2xx is delivered; 408, 429, 5xx
 * and no answer are retried; a redirect is not followed; another 4xx is a refusal.
 */
@Component
public class SignedPost {

    /** Where and with which key a message is posted. */
    public record Endpoint(String url, String keyId, String secret, boolean publicOnly) {
    }

    private final HttpClient client;
    private final OutboundUrls urls;
    private final NotificationSettings settings;
    private final Clock clock;

    SignedPost(OutboundUrls urls, NotificationSettings settings, Clock clock) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout()).build();
        this.urls = urls;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Posts each message of a batch to its endpoint; a message without one (its receiver was removed) gets the
     * outcome {@code withoutEndpoint} says.
     */
    public Map<Long, OutboundSender.Outcome> postEach(List<Notification> batch,
            Function<Notification, Optional<Endpoint>> endpointOf,
            Function<Notification, OutboundSender.Outcome> withoutEndpoint) {
        Map<Long, OutboundSender.Outcome> outcomes = new HashMap<>();
        for (Notification message : batch) {
            outcomes.put(message.getId(), endpointOf.apply(message).map(endpoint -> post(endpoint, message))
                    .orElseGet(() -> withoutEndpoint.apply(message)));
        }
        return outcomes;
    }

    public OutboundSender.Outcome post(Endpoint endpoint, Notification message) {
        Optional<String> unsafe = urls.problem(endpoint.url(), endpoint.publicOnly());
        if (unsafe.isPresent()) {
            return OutboundSender.Outcome.refused("the receiver's URL " + unsafe.get());
        }
        byte[] body = message.getPayload().getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Ticketflow")
                .header("X-Ticketflow-Timestamp", timestamp)
                .header("X-Ticketflow-Signature", WebhookSignature.sign(endpoint.secret(), timestamp, body))
                .header("X-Ticketflow-Key-Id", endpoint.keyId())
                .header("X-Ticketflow-Message-Id", message.getMessageId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return OutboundSender.Outcome.retry("no answer from " + endpoint.url() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutboundSender.Outcome.retry("interrupted");
        }
        int status = response.statusCode();
        // An integrator's receiver may be anyone's host: what it answered is not shown back, only its status.
        String answer = "HTTP " + status + " from " + endpoint.url()
                + (endpoint.publicOnly() ? "" : ": " + abbreviate(response.body()));
        if (status >= 200 && status < 300) {
            return OutboundSender.Outcome.delivered();
        }
        if (status == 408 || status == 429 || status >= 500) {
            return OutboundSender.Outcome.retry(answer);
        }
        if (status >= 300 && status < 400) {
            return OutboundSender.Outcome.refused(answer + " (a redirect to "
                    + response.headers().firstValue("Location").orElse("?") + ", not followed)");
        }
        return OutboundSender.Outcome.refused(answer);
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
