package io.ticketflow.intake;

import java.time.Instant;

/** A scenario template (e-commerce return, course complaint, equipment repair …) and its current version. */
public record Template(String code, String name, String category, int currentVersion, Instant updatedAt) {
}
