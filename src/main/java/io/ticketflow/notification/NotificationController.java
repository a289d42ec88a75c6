package io.ticketflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.TicketAccess;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(NotificationController.NOTIFICATIONS)
@Tag(name = "Notifications", description = "The outbox: what was or will be sent to whom, with delivery status")
class NotificationController {

    static final String NOTIFICATIONS = "/api/notifications";

    private final NotificationOutbox outbox;
    private final TicketAccess access;

    NotificationController(NotificationOutbox outbox, TicketAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Messages, newest first, with status (PENDING, SENDING, SENT, FAILED, BOUNCED) and "
            + "attempts; by ticket, kind (SLA_WARNING, SLA_BREACH, BACKLOG_ALARM, CUSTOMER_REPLIED, ...) and "
            + "audience (STAFF, CUSTOMER, INTEGRATOR); only those about tickets the caller may see or addressed to "
            + "the caller")
    List<NotificationView> find(@RequestParam(required = false) Long ticketId,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}") String kind,
            @RequestParam(required = false) Audience audience,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return outbox.find(ticketId, kind, audience, access.scope(), limit).stream().map(NotificationView::of)
                .toList();
    }

    record NotificationView(long id, String kind, Long ticketId, Audience audience, Transport transport,
            String target, String recipient, String recipientUser, String subject, String body,
            NotificationStatus status, int attempts, String lastError, String messageId, Instant createdAt,
            Instant sentAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getTicketId(), n.getAudience(), n.getTransport(),
                    n.getTarget(), n.getRecipient(), n.getRecipientUser(), n.getSubject(), n.getBody(),
                    n.getStatus(), n.getAttempts(), n.getLastError(), n.getMessageId(), n.getCreatedAt(),
                    n.getSentAt());
        }
    }
}
