package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.system.ProblemTypes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

class ClientRateLimiterTest {

    private final ClientRateLimiter limiter = new ClientRateLimiter(new IntakeSettings(Duration.ofDays(3),
            new IntakeSettings.Attachments(DataSize.ofMegabytes(1), java.util.List.of("image/png")),
            new IntakeSettings.WebForm(3), new IntakeSettings.Webhooks(Duration.ofMinutes(5)), Map.of(),
            new IntakeSettings.Mailbox(false, "imap", null, 143, null, null, "INBOX", Duration.ofMinutes(1), "EAST",
                    false, null),
            java.util.List.of()));

    @Test
    void anAddressOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("203.0.113.7");
        }

        assertThatThrownBy(() -> limiter.admit("203.0.113.7"))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(429);
                    assertThat(e.getBody().getType()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS);
                    assertThat(Long.parseLong(e.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
                });
        limiter.admit("198.51.100.1");
    }
}
