package io.ticketflow.dispatch;

import java.time.Instant;

/** A tf_agent row joined with its home station's name and place. Fields are set by MyBatis. */
class AgentRow {

    private String userId;
    private String region;
    private String stationCode;
    private String stationName;
    private Double stationLatitude;
    private Double stationLongitude;
    private boolean onDuty;
    private int capacity;
    private long lastAssignedTicketId;
    private Instant updatedAt;

    String getUserId() {
        return userId;
    }

    String getRegion() {
        return region;
    }

    String getStationCode() {
        return stationCode;
    }

    String getStationName() {
        return stationName;
    }

    GeoPoint station() {
        return GeoPoint.of(stationLatitude, stationLongitude);
    }

    boolean isOnDuty() {
        return onDuty;
    }

    int getCapacity() {
        return capacity;
    }

    long getLastAssignedTicketId() {
        return lastAssignedTicketId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
