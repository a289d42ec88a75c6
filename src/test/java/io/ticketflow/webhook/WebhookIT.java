package io.ticketflow.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.notification.OutboxDispatcher;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.HttpReceiver;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import io.ticketflow.system.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Outgoing event webhooks against a real local receiver: signed with the subscription's secret, retried through an
 * outage and delivered once, held while paused and delivered after resume, a dead letter re-sent, secrets rotated,
 * and URLs into the operator's networks refused.
 */
class WebhookIT extends ApiIntegrationTest {

    @Autowired
    private OutboxDispatcher dispatcher;

    @Autowired
    private ObjectMapper json;

    private HttpReceiver receiver;
    private String path;

    @BeforeEach
    void startReceiver() {
        receiver = HttpReceiver.start();
        path = "/hooks/" + UUID.randomUUID();
    }

    /** Other tests count the outbox's messages: no subscription of ours outlives its test. */
    @AfterEach
    void stopReceiverAndUnsubscribe() {
        receiver.close();
        for (JsonNode subscription : get(TestUsers.ADMIN, "/api/webhooks").getBody()) {
            if (subscription.get("url").asText().contains(path)) {
                call(TestUsers.ADMIN, HttpMethod.DELETE, "/api/webhooks/" + subscription.get("id").asLong(), null);
            }
        }
    }

    @Test
    void eventsAreSignedRetriedThroughAnOutageHeldWhilePausedAndDeliveredOnce() throws Exception {
        JsonNode subscription = subscribe(List.of("ticket.created", "ticket.replied"));
        String secret = subscription.get("secret").asText();
        long subscriptionId = subscription.get("id").asLong();
        assertThat(get(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId).getBody().has("secret"))
                .as("the secret is shown once").isFalse();
        receiver.answer(path, 503);

        long ticketId = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        dispatcher.dispatchDue();
        later(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        List<HttpReceiver.Call> calls = receiver.callsTo(path);
        assertThat(calls).hasSize(2);
        HttpReceiver.Call delivered = calls.get(1);
        assertThat(delivered.header("X-Ticketflow-Key-Id")).isEqualTo("1");
        assertThat(delivered.header("X-Ticketflow-Signature")).isEqualTo(WebhookSignature.sign(secret,
                delivered.header("X-Ticketflow-Timestamp"), delivered.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode event = json.readTree(delivered.body());
        assertThat(event.get("type").asText()).isEqualTo("ticket.created");
        assertThat(event.get("id").asText()).isEqualTo(json.readTree(calls.get(0).body()).get("id").asText())
                .startsWith("evt-");
        assertThat(event.get("ticket").get("id").asLong()).isEqualTo(ticketId);
        assertThat(event.get("sequence").asLong()).isPositive();

        post(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId + "/pause", null);
        post(TestUsers.AGENT_EAST, "/api/tickets/" + ticketId + "/replies", Map.of("message", "On my way"));
        post(TestUsers.AGENT_EAST, "/api/tickets/" + ticketId + "/notes", Map.of("message", "not an event"));
        dispatcher.dispatchDue();
        assertThat(receiver.callsTo(path)).as("held while paused").hasSize(2);
        post(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId + "/resume", null);
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(receiver.callsTo(path)).hasSize(3);
        JsonNode replied = json.readTree(receiver.callsTo(path).get(2).body());
        assertThat(replied.get("type").asText()).isEqualTo("ticket.replied");
        assertThat(replied.get("detail").asText()).isEqualTo("On my way");
        assertThat(replied.get("sequence").asLong()).isGreaterThan(event.get("sequence").asLong());
        JsonNode log = get(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId + "/deliveries").getBody();
        assertThat(log.findValuesAsText("status")).containsExactly("SENT", "SENT");
        assertThat(log.get(1).get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aRefusedDeliveryIsADeadLetterItsOwnerSendsAgainAfterRotatingTheSecret() throws Exception {
        JsonNode subscription = subscribe(List.of("ticket.created"));
        long subscriptionId = subscription.get("id").asLong();
        receiver.answer(path, 410, 410, 410);
        createTicket(TicketFixture.repairTicketInTheEast());
        for (int attempt = 0; attempt < 4; attempt++) {
            dispatcher.dispatchDue();
            later(Duration.ofMinutes(10));
        }
        JsonNode failed = get(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId
                + "/deliveries?status=FAILED").getBody();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("lastError").asText()).contains("HTTP 410");
        long deliveryId = failed.get(0).get("id").asLong();

        String rotated = post(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId + "/secret", null).getBody()
                .get("secret").asText();
        assertThat(post(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId + "/deliveries/" + deliveryId
                + "/resend", null).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        dispatcher.dispatchDue();

        List<HttpReceiver.Call> calls = receiver.callsTo(path);
        assertThat(calls).hasSize(4);
        HttpReceiver.Call last = calls.get(3);
        assertThat(last.header("X-Ticketflow-Key-Id")).isEqualTo("2");
        assertThat(last.header("X-Ticketflow-Signature")).isEqualTo(WebhookSignature.sign(rotated,
                last.header("X-Ticketflow-Timestamp"), last.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(get(TestUsers.INTEGRATOR, "/api/webhooks/" + subscriptionId + "/deliveries").getBody()
                .findValuesAsText("status")).containsExactly("SENT");
    }

    @Test
    void urlsIntoTheOperatorsNetworksUnknownEventsAndOtherPeoplesSubscriptionsAreRefused() {
        ResponseEntity<JsonNode> metadata = post(TestUsers.INTEGRATOR, "/api/webhooks", Map.of("name", "x", "url",
                "https://169.254.169.254/latest/meta-data", "events", List.of("ticket.created")));
        ResponseEntity<JsonNode> privateNetwork = post(TestUsers.INTEGRATOR, "/api/webhooks", Map.of("name", "x",
                "url", "https://10.0.0.8/hook", "events", List.of("ticket.created")));
        ResponseEntity<JsonNode> ftp = post(TestUsers.INTEGRATOR, "/api/webhooks", Map.of("name", "x", "url",
                "ftp://example.com/hook", "events", List.of("ticket.created")));
        ResponseEntity<JsonNode> unknownEvent = post(TestUsers.INTEGRATOR, "/api/webhooks", Map.of("name", "x",
                "url", "http://127.0.0.1:" + HttpReceiver.PORT + path, "events", List.of("ticket.exploded")));

        for (ResponseEntity<JsonNode> refused : List.of(metadata, privateNetwork, ftp)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).contains("url");
        }
        assertThat(unknownEvent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownEvent.getBody().toString()).contains("events", "ticket.created");

        long id = subscribe(List.of("ticket.closed")).get("id").asLong();
        assertThat(get(TestUsers.AGENT_EAST, "/api/webhooks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(TestUsers.ADMIN, "/api/webhooks/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(TestUsers.ADMIN, HttpMethod.DELETE, "/api/webhooks/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(TestUsers.INTEGRATOR, "/api/webhooks/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode subscribe(List<String> events) {
        ResponseEntity<JsonNode> created = post(TestUsers.INTEGRATOR, "/api/webhooks", Map.of("name", "ERP",
                "url", "http://127.0.0.1:" + HttpReceiver.PORT + path, "events", events));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }
}
