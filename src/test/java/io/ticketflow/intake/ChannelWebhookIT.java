package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.system.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The signed channel webhook: genuine, redelivered, forged, replayed and malformed messages. */
class ChannelWebhookIT extends ApiIntegrationTest {

    private static final String SECRET = "test-wechat-secret";

    @Autowired
    private ObjectMapper json;

    @Test
    void aSignedMessageOpensOneTicketHoweverOftenItIsDelivered() throws Exception {
        String messageId = "wx-" + UUID.randomUUID();
        String openid = "oWx" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = body(messageId, openid, "Li Ming", null);

        ResponseEntity<JsonNode> first = send("WECHAT", body, now(), SECRET);
        ResponseEntity<JsonNode> again = send("WECHAT", body, now(), SECRET);
        ResponseEntity<JsonNode> andAgain = send("WECHAT", body, now(), SECRET);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(andAgain.getBody().get("result").asText()).isEqualTo("REDELIVERED");
        assertThat(again.getBody().get("ticketNumber").asText()).isEqualTo(first.getBody().get("ticketNumber")
                .asText());
        assertThat(jdbc.queryForObject("select count(*) from tf_channel_message where message_id = ?", Long.class,
                messageId)).isOne();
        JsonNode ticket = get(TestUsers.SUPERVISOR, "/api/tickets/" + first.getBody().get("ticketId").asLong())
                .getBody();
        assertThat(ticket.get("channel").asText()).isEqualTo("WECHAT");
        assertThat(ticket.get("assignedGroup").asText()).as("routed like every ticket").isEqualTo("repair-east");

        ResponseEntity<JsonNode> laterMessage = send("WECHAT", body("wx-" + UUID.randomUUID(), openid, "Ming",
                null), now(), SECRET);
        JsonNode later = get(TestUsers.SUPERVISOR, "/api/tickets/" + laterMessage.getBody().get("ticketId")
                .asLong()).getBody();
        assertThat(later.get("customer").get("id").asLong()).as("the same openid is the same customer")
                .isEqualTo(ticket.get("customer").get("id").asLong());
    }

    @Test
    void forgedReplayedAndMalformedMessagesAreRefusedAndStoreNothing() throws Exception {
        String messageId = "wx-" + UUID.randomUUID();
        byte[] body = body(messageId, "oWxForged", "Mallory", null);
        long old = Instant.now().minusSeconds(3600).getEpochSecond();

        ResponseEntity<JsonNode> forged = send("WECHAT", body, now(), "not-the-secret");
        ResponseEntity<JsonNode> replayed = send("WECHAT", body, String.valueOf(old), SECRET);
        ResponseEntity<JsonNode> unsigned = exchange("WECHAT", body, null, null);
        ResponseEntity<JsonNode> noIntegration = send("WECOM", body, now(), SECRET);
        ResponseEntity<JsonNode> unknownChannel = send("FAX", body, now(), SECRET);
        ResponseEntity<JsonNode> malformed = send("WECHAT", body("wx-" + UUID.randomUUID(), "oWx1", "",
                "not-an-address"), now(), SECRET);
        ResponseEntity<JsonNode> notJson = send("WECHAT", "{\"messageId\":".getBytes(StandardCharsets.UTF_8),
                now(), SECRET);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(forged.getBody().get("detail").asText()).contains("signature does not match");
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(replayed.getBody().get("detail").asText()).contains("replayed");
        assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noIntegration.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownChannel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("user.email", "user.name");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("select count(*) from tf_channel_message where message_id = ?", Long.class,
                messageId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tf_customer_identity where external_id = 'oWxForged'",
                Long.class)).isZero();
    }

    private byte[] body(String messageId, String openid, String name, String email) throws Exception {
        Map<String, Object> user = new HashMap<>();
        user.put("id", openid);
        user.put("name", name);
        if (email != null) {
            user.put("email", email);
        }
        Map<String, Object> message = new HashMap<>();
        message.put("messageId", messageId);
        message.put("user", user);
        message.put("category", "REPAIR");
        message.put("text", "My washing machine leaks 漏水 💧");
        message.put("region", "EAST");
        return json.writeValueAsBytes(message);
    }

    private ResponseEntity<JsonNode> send(String channel, byte[] body, String timestamp, String secret) {
        return exchange(channel, body, timestamp, WebhookSignature.sign(secret, timestamp, body));
    }

    private ResponseEntity<JsonNode> exchange(String channel, byte[] body, String timestamp, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (timestamp != null) {
            headers.set("X-Ticketflow-Timestamp", timestamp);
            headers.set("X-Ticketflow-Signature", signature);
        }
        return http.exchange("/api/channels/" + channel + "/messages", HttpMethod.POST, new HttpEntity<>(body,
                headers), JsonNode.class);
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }
}
