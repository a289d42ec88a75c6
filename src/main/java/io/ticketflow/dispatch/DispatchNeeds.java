package io.ticketflow.dispatch;

/**
 * What a ticket needs from the person who takes it: a skill (or none), someone serving its region, and — for on-site
 * work at a known place — someone near.
 */
public record DispatchNeeds(String skill, String region, GeoPoint location, boolean onSite) {

    /** Distance decides only for on-site work at a known place. */
    boolean byDistance() {
        return onSite && location != null;
    }
}
