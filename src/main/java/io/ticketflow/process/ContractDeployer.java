package io.ticketflow.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs the process contract before the engine's own deployers, on every deployment whatever its path (start-up
 * folder, {@code /engine-rest/deployment/create}, redeploy, the webapps) and again whenever the engine loads a stored
 * deployment into its cache — so a definition stored before the contract existed cannot run either. A violation
 * rolls the whole deployment back.
 */
final class ContractDeployer implements Deployer {

    private final ProcessContract contract;

    ContractDeployer(ProcessContract contract) {
        this.contract = contract;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        List<ContractViolation> violations = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            violations.addAll(contract.check(resource.getName(), resource.getBytes()));
        }
        if (!violations.isEmpty()) {
            throw new ProcessContractException(violations);
        }
    }
}
