package io.ticketflow.routing;

/**
 * What the routing tables answer, filled in by the action columns of the row that fires
 * ({@code serviceLine("repair");}).
 * Each table sets its own fields; a blank cell leaves a field unset.
 */
public class RoutingAnswer {

    private String serviceLine;
    private String skill;
    private String workplace;
    private String priority;
    private String serviceLevel;
    private String team;

    public void serviceLine(String value) {
        this.serviceLine = value;
    }

    public void skill(String value) {
        this.skill = value;
    }

    public void workplace(String value) {
        this.workplace = value;
    }

    public void priority(String value) {
        this.priority = value;
    }

    public void serviceLevel(String value) {
        this.serviceLevel = value;
    }

    public void team(String value) {
        this.team = value;
    }

    String serviceLine() {
        return serviceLine;
    }

    String skill() {
        return skill;
    }

    String workplace() {
        return workplace;
    }

    String priority() {
        return priority;
    }

    String serviceLevel() {
        return serviceLevel;
    }

    String team() {
        return team;
    }
}
