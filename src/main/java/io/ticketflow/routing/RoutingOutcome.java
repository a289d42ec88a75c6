package io.ticketflow.routing;

/**
 * The routing table's answer, filled in by the action columns of the one row that fires.
 */
public class RoutingOutcome {

    private String targetGroup;
    private String priority;

    /** Called from the table's action column: {@code outcome.route("$1", "$2")}. */
    public void route(String targetGroup, String priority) {
        this.targetGroup = targetGroup;
        this.priority = priority;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getPriority() {
        return priority;
    }

    public boolean isDecided() {
        return targetGroup != null;
    }
}
