package io.ticketflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins: the messages given up on (dead letters) of every transport, and sending one again. */
@RestController
@Validated
@RequestMapping("/api/admin/notifications")
@Tag(name = "Notifications", description = "The outbox: what was or will be sent to whom, with delivery status")
class DeadLetterController {

    private final NotificationOutbox outbox;

    DeadLetterController(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/failed")
    @Operation(summary = "Messages of every transport that FAILED after their attempts, newest first (admins)")
    List<NotificationController.NotificationView> failed(
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return outbox.failed(limit).stream().map(NotificationController.NotificationView::of).toList();
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Sends a FAILED message again from its first attempt, with its same id (admins); 409 when "
            + "it is not FAILED")
    ResponseEntity<NotificationController.NotificationView> resend(@PathVariable @Min(1) long id) {
        Notification message = outbox.get(id).orElseThrow(() -> new NotFoundException("Notification", id));
        if (!outbox.resend(id)) {
            throw new ConflictException("Notification " + id + " is " + message.getStatus()
                    + "; only a FAILED one is sent again");
        }
        return ResponseEntity.accepted().body(NotificationController.NotificationView.of(outbox.get(id)
                .orElseThrow()));
    }
}
