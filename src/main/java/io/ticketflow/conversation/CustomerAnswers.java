package io.ticketflow.conversation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a customer may send from their status page (the HTML form and the JSON twin take the same fields). */
final class CustomerAnswers {

    private CustomerAnswers() {
    }

    /** A message to the agents, with files uploaded through the web form's upload. */
    record CustomerMessage(@NotBlank @Size(max = 4000) @PlainText(multiLine = true) String message,
            @Schema(description = "An id the client makes once per message: sent again (a double click, a retry), "
                    + "the message is taken once")
            @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 letters, digits, _ or -")
            String clientMessageId,
            @Schema(description = "Upload tokens from POST /api/public/attachments")
            @Size(max = 5) List<@Pattern(regexp = "[A-Za-z0-9_-]{10,100}", message = "must be an upload token")
                    String> attachments) {

        List<String> attachmentTokens() {
            return attachments == null ? List.of() : attachments;
        }
    }

    /** The answer to a resolution: accepted or not, with an optional rating and comment. */
    record CustomerConfirmation(@NotNull Boolean accepted, @Min(1) @Max(5) Integer rating,
            @Size(max = 2000) @PlainText(multiLine = true) String comment) {
    }

    /** A rating of the service, 1 to 5 stars, with an optional comment. */
    record CustomerRating(@NotNull @Min(1) @Max(5) Integer rating,
            @Size(max = 2000) @PlainText(multiLine = true) String comment) {
    }
}
