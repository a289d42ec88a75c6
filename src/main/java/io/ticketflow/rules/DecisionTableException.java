package io.ticketflow.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Decision tables that do not compile; the message lists every problem with its file and row. */
public class DecisionTableException extends RuntimeException {

    private final transient List<DecisionTableProblem> problems;

    public DecisionTableException(List<DecisionTableProblem> problems) {
        super("Decision tables do not compile:\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DecisionTableProblem> problems() {
        return problems;
    }
}
