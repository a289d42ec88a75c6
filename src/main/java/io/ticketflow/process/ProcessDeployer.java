package io.ticketflow.process;

import io.ticketflow.system.AnalystFile;
import io.ticketflow.system.AnalystFolder;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN files of {@code ticketflow.processes-dir} at start-up. Each file is deployed under the stable
 * name {@code processes/<file>} with duplicate filtering, so a restart, the jar and the folder all map to the same
 * resource and an unchanged file never becomes a new process version. A file that does not parse stops the start.
 */
@Component
public class ProcessDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "ticketflow-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final AnalystFolder folder;

    ProcessDeployer(RepositoryService repositoryService, ProcessSettings settings) {
        this.repositoryService = repositoryService;
        this.folder = new AnalystFolder(settings.processesDir(), "processes");
    }

    @Override
    public void afterPropertiesSet() {
        List<AnalystFile> files = folder.list(".bpmn");
        if (files.isEmpty()) {
            throw new IllegalStateException("No BPMN files in " + folder.location());
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (AnalystFile file : files) {
            builder.addInputStream(file.resourceName(), new ByteArrayInputStream(file.content()));
        }
        long deploymentsBefore = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        Deployment deployment = builder.deploy();
        boolean changed = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()
                > deploymentsBefore;
        log.info("{} BPMN file(s) from {}: {}", files.size(), folder.location(), changed
                ? "deployed as deployment " + deployment.getId() + " with "
                        + repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).count()
                        + " new definition version(s)"
                : "unchanged since deployment " + deployment.getId() + ", no new version");
    }
}
