package io.ticketflow.ticket;

import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agent's internal note on a ticket. */
record NoteRequest(@NotBlank @Size(max = 2000) @PlainText(multiLine = true) String message) {
}
