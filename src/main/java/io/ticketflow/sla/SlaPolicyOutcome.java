package io.ticketflow.sla;

/**
 * Filled in by the action columns of the SLA policy row that fires; values are kept as the analyst wrote them and
 * checked when turned into an {@link SlaPolicy}.
 */
public class SlaPolicyOutcome {

    private String firstResponse;
    private String resolution;
    private Integer warnAtPercent;
    private String calendar;
    private String levelOneTells;
    private String levelTwoAfter;
    private String levelTwoTells;

    public void firstResponse(String value) {
        this.firstResponse = value;
    }

    public void resolution(String value) {
        this.resolution = value;
    }

    public void warnAtPercent(int value) {
        this.warnAtPercent = value;
    }

    public void calendar(String value) {
        this.calendar = value;
    }

    public void levelOneTells(String value) {
        this.levelOneTells = value;
    }

    public void levelTwoAfter(String value) {
        this.levelTwoAfter = value;
    }

    public void levelTwoTells(String value) {
        this.levelTwoTells = value;
    }

    boolean isDecided() {
        return firstResponse != null || resolution != null;
    }

    String firstResponse() {
        return firstResponse;
    }

    String resolution() {
        return resolution;
    }

    Integer warnAtPercent() {
        return warnAtPercent;
    }

    String calendar() {
        return calendar;
    }

    String levelOneTells() {
        return levelOneTells;
    }

    String levelTwoAfter() {
        return levelTwoAfter;
    }

    String levelTwoTells() {
        return levelTwoTells;
    }
}
