package io.ticketflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "demo-wechat-secret";
    private static final byte[] BODY = "{\"messageId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_795_000_000L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void matchesAnHmacComputedIndependently() {
        // printf '1795000000.{"messageId":"m-1"}' | openssl dgst -sha256 -hmac demo-wechat-secret
        assertThat(WebhookSignature.sign(SECRET, "1795000000", BODY))
                .isEqualTo("sha256=1931013565d581a6de04df7d614cbe698878c4c3e4b805c6af92d91de1bc34a0");
    }

    @Test
    void acceptsAFreshCorrectlySignedCall() {
        String signature = WebhookSignature.sign(SECRET, "1795000000", BODY);

        assertThat(WebhookSignature.problem(SECRET, "1795000000", signature, BODY, NOW.plusSeconds(299), TOLERANCE))
                .isNull();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAnOldTimestampAndMissingHeaders() {
        String signature = WebhookSignature.sign(SECRET, "1795000000", BODY);

        assertThat(WebhookSignature.problem(SECRET, "1795000000", signature, "{}".getBytes(StandardCharsets.UTF_8),
                NOW, TOLERANCE)).contains("does not match");
        assertThat(WebhookSignature.problem("other", "1795000000", signature, BODY, NOW, TOLERANCE))
                .contains("does not match");
        assertThat(WebhookSignature.problem(SECRET, "1795000000", signature, BODY, NOW.plusSeconds(301), TOLERANCE))
                .contains("replayed");
        assertThat(WebhookSignature.problem(SECRET, "1795000001", signature, BODY, NOW, TOLERANCE))
                .as("the timestamp is signed too").contains("does not match");
        assertThat(WebhookSignature.problem(SECRET, null, signature, BODY, NOW, TOLERANCE)).contains("required");
        assertThat(WebhookSignature.problem(SECRET, "yesterday", signature, BODY, NOW, TOLERANCE))
                .contains("seconds since 1970");
    }
}
