package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.ticket.TicketScope;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox sender against a real SMTP server that is away, then back: retried, then sent once each. */
class OutboxDispatcherIT extends ApiIntegrationTest {

    @Autowired
    private NotificationOutbox outbox;

    @Autowired
    private OutboxDispatcher dispatcher;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aBacklogLargerThanABatchIsRetriedWhileTheServerIsAwayThenSentOnceEach() throws Exception {
        String run = UUID.randomUUID().toString();
        int count = OutboxDispatcher.BATCH + 7;
        // Notifications are queued inside the transaction of what caused them.
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(run + "-" + i, "TEST", null, new Recipient(null, "person" + i + "@tests.example"),
                        new Message("Backlog " + run + " #" + i, "Body " + i));
            }
        });
        List<Notification> queued = outbox.find(null, "TEST", TicketScope.everything(), 1000).stream()
                .filter(n -> n.getIdempotencyKey().startsWith(run)).toList();

        dispatcher.dispatchDue(); // nothing listens on the SMTP port yet

        assertThat(outbox.find(null, "TEST", TicketScope.everything(), 1000))
                .filteredOn(n -> n.getIdempotencyKey().startsWith(run))
                .hasSize(count).allSatisfy(n -> {
                    assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
                    assertThat(n.getAttempts()).isEqualTo(1);
                    assertThat(n.getLastError()).isNotBlank();
                });

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(1))));
            dispatcher.dispatchDue();
            dispatcher.dispatchDue();

            // Other tests' notifications may be due too; ours are each received exactly once.
            List<String> received = Arrays.stream(smtp.getReceivedMessages()).map(this::messageId).toList();
            assertThat(queued).allSatisfy(n -> assertThat(received).containsOnlyOnce(n.getMessageId()));
            assertThat(smtp.getReceivedMessages()).allSatisfy(message -> assertThat(
                    message.getHeader("Auto-Submitted")).as("marked automatic (RFC 3834)")
                    .containsExactly("auto-generated"));
            assertThat(outbox.find(null, "TEST", TicketScope.everything(), 1000))
                .filteredOn(n -> n.getIdempotencyKey().startsWith(run))
                    .allSatisfy(n -> assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT));
        } finally {
            smtp.stop();
        }
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
