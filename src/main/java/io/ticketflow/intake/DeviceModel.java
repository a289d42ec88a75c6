package io.ticketflow.intake;

import java.time.Instant;

/** A device model the company services, with its maintenance manual. */
public record DeviceModel(String model, String name, String manualUrl, Instant updatedAt) {
}
