package io.ticketflow.intake;

import java.time.Instant;

/** A tf_template_version row; the fields are JSON. */
record TemplateVersionRow(String templateCode, int version, String fields, String note, String createdBy,
        Instant createdAt) {
}
