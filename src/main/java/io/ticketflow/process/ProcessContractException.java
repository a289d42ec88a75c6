package io.ticketflow.process;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the process contract refuses, with every violation found. A client's mistake: Camunda's REST API
 * answers it with 400, and nothing of the deployment is stored.
 */
public class ProcessContractException extends BadUserRequestException {

    private final List<ContractViolation> violations;

    public ProcessContractException(List<ContractViolation> violations) {
        super("The deployment breaks the process contract (docs/processes.md): " + violations.stream()
                .map(ContractViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<ContractViolation> violations() {
        return violations;
    }
}
