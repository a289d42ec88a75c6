package io.ticketflow.tasklist;

import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Completing a task: the outcome and an optional note to the customer. */
public record CompleteTaskRequest(@NotNull HandleTicketOutcome outcome,
        @Size(max = 2000) @PlainText(multiLine = true) String comment) {
}
