package io.ticketflow.ticket;

import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An agent's public reply to the customer. */
record ReplyRequest(@NotBlank @Size(max = 2000) @PlainText(multiLine = true) String message,
        @Schema(description = "Wait on the customer's answer: status PENDING_CUSTOMER, SLA clocks paused")
        boolean awaitCustomer,
        @Schema(description = "When the timeline the agent read ends (the `at` of its newest entry): a customer "
                + "message after it answers 409 with that message, so the agent reads it before replying. Leave "
                + "out to reply regardless") Instant seenUntil) {
}
