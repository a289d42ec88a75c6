package io.ticketflow.dispatch;

/**
 * What a ticket needs from the person who takes it: a skill (or none), someone serving the region it is worked in
 * (the team's region, else the customer's), and — for on-site work at a known place — someone near.
 */
public record DispatchNeeds(String skill, String region, GeoPoint location, boolean onSite) {

    /** The same needs served from another region: a team of that region took the ticket over. */
    DispatchNeeds servedFrom(String teamRegion) {
        return teamRegion == null ? this : new DispatchNeeds(skill, teamRegion, location, onSite);
    }

    /** Distance decides only for on-site work at a known place. */
    boolean byDistance() {
        return onSite && location != null;
    }
}
