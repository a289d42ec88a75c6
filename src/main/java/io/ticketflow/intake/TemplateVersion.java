package io.ticketflow.intake;

import java.time.Instant;
import java.util.List;

/** One version of a template's fields; tickets keep the version they were created with. */
public record TemplateVersion(String templateCode, int version, List<FieldDefinition> fields, String note,
        String createdBy, Instant createdAt) {
}
