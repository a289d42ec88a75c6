package io.ticketflow.conversation;

import java.time.Instant;

/** One version of a canned reply ({@code tf_macro}); the newest version of a code is current unless retired. */
public record Macro(long id, String code, int version, String title, String body, boolean retired, String createdBy,
        Instant createdAt) {
}
