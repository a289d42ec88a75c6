package io.ticketflow.journey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Journeys", description = "Messages a ticket's journey waits for")
class JourneyController {

    private final JourneyMessages messages;

    JourneyController(JourneyMessages messages) {
        this.messages = messages;
    }

    /** A message for the ticket's journey and an optional note for the timeline. */
    record MessageRequest(@NotNull @Schema(example = "RECEIPT_CONFIRMED") JourneyMessage message,
            @Size(max = 2000) @PlainText(multiLine = true) String note) {
    }

    @PostMapping("/api/tickets/{id}/messages")
    @Operation(summary = "Tell the ticket's journey what happened: the customer confirmed receipt (RECEIPT_CONFIRMED) "
            + "or did not get the goods (RECEIPT_MISSING) — integrations may relay these — or a department is "
            + "blocked (BLOCKER_RAISED, staff only). 409 when the journey is not waiting for that message")
    ResponseEntity<Void> send(@PathVariable long id, @Valid @RequestBody MessageRequest request) {
        messages.send(id, request.message(), request.note(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
