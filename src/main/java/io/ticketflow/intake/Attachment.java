package io.ticketflow.intake;

import java.time.Instant;

/** A stored file (without its content): uploaded under a token, then attached to the ticket that names it. */
public record Attachment(long id, String uploadToken, Long ticketId, String fileName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant createdAt) {
}
