package io.ticketflow.ticket;

import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message from the customer, relayed by a channel integration or an agent. */
record CustomerReplyRequest(@NotBlank @Size(max = 2000) @PlainText(multiLine = true) String message) {
}
