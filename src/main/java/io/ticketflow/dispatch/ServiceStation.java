package io.ticketflow.dispatch;

import java.time.Instant;

/** A service station or warehouse with its place; engineers have one as their home station. */
public record ServiceStation(String code, String name, String region, StationKind kind, double latitude,
        double longitude, Instant updatedAt) {

    GeoPoint place() {
        return new GeoPoint(latitude, longitude);
    }
}
