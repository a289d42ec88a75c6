package io.ticketflow.routing;

/** What the transfer policy table looks at. A JavaBean because table conditions read bean properties. */
public class TransferFacts {

    private final boolean crossRegion;
    private final boolean toNationalTeam;
    private final String actorRole;

    TransferFacts(boolean crossRegion, boolean toNationalTeam, String actorRole) {
        this.crossRegion = crossRegion;
        this.toNationalTeam = toNationalTeam;
        this.actorRole = actorRole;
    }

    /** The target team serves a region other than the customer's. */
    public boolean isCrossRegion() {
        return crossRegion;
    }

    /** The target team serves every region. */
    public boolean isToNationalTeam() {
        return toNationalTeam;
    }

    /** {@code AGENT} or {@code SUPERVISOR} (admins count as supervisors). */
    public String getActorRole() {
        return actorRole;
    }

    @Override
    public String toString() {
        return "crossRegion=" + crossRegion + ", toNationalTeam=" + toNationalTeam + ", actorRole=" + actorRole;
    }
}
