package io.ticketflow.ticket;

import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;

/** An agent's public reply to the customer. */
record ReplyRequest(@NotBlank @Size(max = 2000) @PlainText(multiLine = true) String message,
        @Schema(description = "Wait on the customer's answer: status PENDING_CUSTOMER, SLA clocks paused")
        boolean awaitCustomer,
        @Schema(description = "When the timeline the agent read ends (the `at` of its newest entry): a customer "
                + "message after it answers 409 with that message, so the agent reads it before replying. Leave "
                + "out to reply regardless") Instant seenUntil,
        @Schema(description = "Upload tokens (POST /api/attachments) of files that go with the reply; they are "
                + "attached to the ticket and, for an e-mail ticket, to the mail")
        @Size(max = 10) List<@Pattern(regexp = "[A-Za-z0-9_-]{10,100}", message = "must be an upload token")
                String> attachments) {

    List<String> attachmentTokens() {
        return attachments == null ? List.of() : attachments;
    }
}
