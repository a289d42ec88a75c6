package io.ticketflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(NotificationController.NOTIFICATIONS)
@Tag(name = "Notifications", description = "The outbox: what was or will be sent to whom, with delivery status")
class NotificationController {

    static final String NOTIFICATIONS = "/api/notifications";

    private final NotificationOutbox outbox;

    NotificationController(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "A ticket's notifications with status (PENDING, SENDING, SENT, FAILED) and attempts")
    List<NotificationView> ofTicket(@RequestParam long ticketId) {
        return outbox.ofTicket(ticketId).stream().map(NotificationView::of).toList();
    }

    record NotificationView(long id, String kind, String recipient, String recipientUser, String subject,
            String body, NotificationStatus status, int attempts, String lastError, String messageId,
            Instant createdAt, Instant sentAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getRecipient(), n.getRecipientUser(),
                    n.getSubject(), n.getBody(), n.getStatus(), n.getAttempts(), n.getLastError(), n.getMessageId(),
                    n.getCreatedAt(), n.getSentAt());
        }
    }
}
