package io.ticketflow.ticket;

import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The customer's answer to a resolution. */
record ConfirmationRequest(@NotNull Boolean accepted, @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) @PlainText(multiLine = true) String comment) {

    ResolutionConfirmation toConfirmation() {
        return new ResolutionConfirmation(accepted, rating, comment);
    }
}
