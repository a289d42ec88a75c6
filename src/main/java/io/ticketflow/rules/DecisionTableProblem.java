package io.ticketflow.rules;

/** One reason a decision table cannot be used: the file, the spreadsheet row (0 when unknown) and why. */
public record DecisionTableProblem(String file, int row, String reason) {

    @Override
    public String toString() {
        return file + (row > 0 ? " row " + row : "") + ": " + reason;
    }
}
