package io.ticketflow.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Move a ticket: either to another team (optionally straight to one of its members), or — by changing its business
 * type — back through routing. Always with a reason.
 */
public record TransferRequest(
        @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}", message = "must be a team id such as repair-east")
        @Schema(example = "repair-north") String team,
        @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9_.@-]{0,63}", message = "must be a user id")
        @Schema(description = "A member of the team to give the ticket to; leave out to let dispatch decide")
        String assignee,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be an upper-case code such as REPAIR")
        @Schema(description = "The corrected business type; routing runs again") String category,
        @NotBlank @Size(max = 500) @PlainText(multiLine = true)
        @Schema(example = "Customer moved to Beijing") String reason) {

    @AssertTrue(message = "give either a team (and optionally an assignee) or a new category")
    @Schema(hidden = true)
    boolean isOneKindOfMove() {
        return category == null ? team != null : team == null && assignee == null;
    }
}
