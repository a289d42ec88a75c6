package io.ticketflow.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message from the customer, relayed by a channel integration or an agent. */
record CustomerReplyRequest(@NotBlank @Size(max = 2000) String message) {
}
