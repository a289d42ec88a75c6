package io.ticketflow.routing;

/** The transfer policy table's answer: whether the move is allowed, and why in the analyst's words. */
public class TransferAnswer {

    private Boolean allowed;
    private String because;

    public void allowed(boolean value) {
        this.allowed = value;
    }

    public void because(String value) {
        this.because = value;
    }

    Boolean allowed() {
        return allowed;
    }

    String because() {
        return because;
    }
}
