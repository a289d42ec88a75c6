package io.ticketflow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.notification.OutboxDispatcher;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.HttpReceiver;
import io.ticketflow.support.TestUsers;
import io.ticketflow.system.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Replies and progress reach WeChat and phone customers through a real local receiver (support.HttpReceiver on the
 * port application-test.yml names): signed as documented, retried while the receiver answers 503, delivered once
 * when it recovers, a dead letter after repeated 4xx that an admin sends again, and nothing lost when the node that
 * was sending dies.
 */
class ChannelCallbackIT extends ApiIntegrationTest {

    private static final String CALLBACK = "/callbacks/wechat";
    private static final String CALLBACK_SECRET = "test-wechat-callback-secret";

    @Autowired
    private OutboxDispatcher dispatcher;

    @Autowired
    private ObjectMapper json;

    private HttpReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = HttpReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aWeChatTicketsMessagesAreSignedRetriedWhileTheReceiverIsDownAndDeliveredOnce() throws Exception {
        String openid = "o-" + UUID.randomUUID();
        String number = weChatTicket(openid);
        receiver.answer(CALLBACK, 503, 503);

        dispatcher.dispatchDue();
        later(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(callsAbout(number)).as("two failed attempts so far").hasSize(2);
        later(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        later(Duration.ofHours(2));
        dispatcher.dispatchDue();

        List<HttpReceiver.Call> calls = callsAbout(number);
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(call -> call.header("X-Ticketflow-Message-Id")).as("the same message each time")
                .containsOnly(calls.get(0).header("X-Ticketflow-Message-Id"));
        HttpReceiver.Call delivered = calls.get(2);
        assertSigned(delivered, CALLBACK_SECRET);
        JsonNode payload = json.readTree(delivered.body());
        assertThat(payload.get("type").asText()).isEqualTo("ticket.message");
        assertThat(payload.get("id").asText()).as("the dedupe key")
                .isEqualTo(delivered.header("X-Ticketflow-Message-Id"));
        assertThat(payload.get("event").asText()).isEqualTo("CREATED");
        assertThat(payload.get("channel").asText()).isEqualTo("WECHAT");
        assertThat(payload.get("channelUserId").asText()).isEqualTo(openid);
        assertThat(payload.get("text").asText()).contains(number);
        assertThat(payload.get("statusUrl").asText()).contains("/status/" + number + "?token=");
        assertThat(payload.get("language").asText()).isEqualTo("zh");

        long id = ticketId(number);
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes", Map.of("message", "Internal: check batch"));
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message", "请问是哪个型号？"));
        dispatcher.dispatchDue();

        assertThat(callsAbout(number)).hasSize(4);
        JsonNode reply = json.readTree(callsAbout(number).get(3).body());
        assertThat(reply.get("event").asText()).isEqualTo("REPLIED");
        assertThat(reply.get("text").asText()).contains("请问是哪个型号？").doesNotContain("check batch");
        assertThat(timeline(id)).contains("CUSTOMER_MESSAGE_SENT");
    }

    @Test
    void aMessageTheReceiverKeepsRefusingIsADeadLetterThatAnAdminSendsAgain() throws Exception {
        String number = weChatTicket("o-" + UUID.randomUUID());
        receiver.answer(CALLBACK, 400, 400, 400);
        for (int attempt = 0; attempt < 3; attempt++) {
            dispatcher.dispatchDue();
            later(Duration.ofMinutes(5));
        }
        dispatcher.dispatchDue();
        assertThat(callsAbout(number)).as("given up after three refusals").hasSize(3);
        long id = ticketId(number);
        assertThat(timeline(id)).contains("CUSTOMER_MESSAGE_FAILED");
        long messageId = 0;
        for (JsonNode message : get(TestUsers.ADMIN, "/api/admin/notifications/failed").getBody()) {
            if (message.path("ticketId").asLong() == id) {
                messageId = message.get("id").asLong();
                assertThat(message.get("lastError").asText()).contains("HTTP 400");
            }
        }
        assertThat(messageId).isPositive();

        assertThat(post(TestUsers.AGENT_EAST, "/api/admin/notifications/" + messageId + "/resend", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(TestUsers.ADMIN, "/api/admin/notifications/" + messageId + "/resend", null)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(post(TestUsers.ADMIN, "/api/admin/notifications/" + messageId + "/resend", null)
                .getStatusCode()).as("only a FAILED message").isEqualTo(HttpStatus.CONFLICT);
        dispatcher.dispatchDue();

        assertThat(callsAbout(number)).hasSize(4);
        assertThat(timeline(id)).contains("CUSTOMER_MESSAGE_SENT");
    }

    @Test
    void aMessageWhoseSenderDiedMidWayIsSentByAnotherOnceItsLeaseRunsOut() throws Exception {
        String number = weChatTicket("o-" + UUID.randomUUID());
        long id = ticketId(number);
        // A node claimed the message and died before it could send it: SENDING, leased for a minute.
        jdbc.update("update tf_notification set status = 'SENDING', attempts = 1, next_attempt_at = ?"
                + " where ticket_id = ? and audience = 'CUSTOMER'",
                Timestamp.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(1))), id);

        dispatcher.dispatchDue();
        assertThat(callsAbout(number)).as("still leased").isEmpty();
        later(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(callsAbout(number)).hasSize(1);
    }

    @Test
    void aPhoneCustomerGetsATextThroughTheSmsGateway() throws Exception {
        String phone = "+86 139 " + ThreadLocalRandom.current().nextInt(1000_0000, 9999_9999);
        Map<String, Object> customer = new HashMap<>(Map.of("name", "王先生", "phone", phone));
        Map<String, Object> ticket = new HashMap<>(Map.of("channel", "PHONE", "category", "REPAIR", "subject",
                "空调不制冷", "description", "客户来电：空调不制冷。", "region", "EAST", "customer", customer));
        ResponseEntity<JsonNode> created = post(TestUsers.AGENT_EAST, "/api/tickets", ticket);
        assertThat(created.getStatusCode().is2xxSuccessful()).as(String.valueOf(created.getBody())).isTrue();
        String number = created.getBody().get("number").asText();

        dispatcher.dispatchDue();

        List<HttpReceiver.Call> texts = receiver.callsTo("/sms").stream()
                .filter(call -> call.body().contains(number)).toList();
        assertThat(texts).hasSize(1);
        assertSigned(texts.get(0), "test-sms-secret");
        JsonNode sms = json.readTree(texts.get(0).body());
        assertThat(sms.get("to").asText()).isEqualTo(phone);
        assertThat(sms.get("text").asText()).contains(number, "/status/" + number + "?token=");
    }

    private void assertSigned(HttpReceiver.Call call, String secret) {
        String timestamp = call.header("X-Ticketflow-Timestamp");
        assertThat(call.header("X-Ticketflow-Key-Id")).isEqualTo("test-key-1");
        assertThat(call.header("X-Ticketflow-Signature")).isEqualTo(WebhookSignature.sign(secret, timestamp,
                call.body().getBytes(StandardCharsets.UTF_8)));
    }

    private String weChatTicket(String openid) throws Exception {
        Map<String, Object> message = Map.of("messageId", UUID.randomUUID().toString(), "user",
                Map.of("id", openid, "name", "微信用户"), "category", "REPAIR", "text", "洗衣机漏水", "region", "EAST");
        byte[] body = json.writeValueAsBytes(message);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Ticketflow-Timestamp", timestamp);
        headers.set("X-Ticketflow-Signature", WebhookSignature.sign("test-wechat-secret", timestamp, body));
        ResponseEntity<JsonNode> created = http.exchange("/api/channels/WECHAT/messages", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(created.getStatusCode().is2xxSuccessful()).as(String.valueOf(created.getBody())).isTrue();
        return created.getBody().get("ticketNumber").asText();
    }

    private List<HttpReceiver.Call> callsAbout(String number) {
        return receiver.callsTo(CALLBACK).stream().filter(call -> call.body().contains(number)).toList();
    }

    private long ticketId(String number) {
        return jdbc.queryForObject("select id from tf_ticket where ticket_number = ?", Long.class, number);
    }

    private List<String> timeline(long id) {
        return get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("timeline").findValuesAsText("event");
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }
}
