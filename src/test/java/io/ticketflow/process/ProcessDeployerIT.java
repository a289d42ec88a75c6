package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.ApiIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Deployment from the processes folder: stable names, no new version for an unchanged file, broken files refused. */
class ProcessDeployerIT extends ApiIntegrationTest {

    @Autowired
    private RepositoryService repositoryService;

    @Test
    void redeployingUnchangedFilesCreatesNoNewVersion() {
        int before = latest().getVersion();
        long definitions = repositoryService.createProcessDefinitionQuery().count();

        deployer(Path.of("processes")).afterPropertiesSet();

        assertThat(latest().getVersion()).isEqualTo(before);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(latest().getResourceName()).isEqualTo("processes/ticket-lifecycle.bpmn");
    }

    @Test
    void aChangedFileBecomesTheNextVersion(@TempDir Path folder) throws IOException {
        int before = latest().getVersion();
        String bpmn = Files.readString(Path.of("processes/ticket-lifecycle.bpmn"));
        Files.writeString(folder.resolve("ticket-lifecycle.bpmn"),
                bpmn.replace("name=\"Handle ticket\"", "name=\"Handle ticket \""));

        deployer(folder).afterPropertiesSet();

        assertThat(latest().getVersion()).isEqualTo(before + 1);
        deployer(Path.of("processes")).afterPropertiesSet(); // the original is the latest again
    }

    @Test
    void aBrokenFileIsRefusedAndTheRunningVersionStays(@TempDir Path folder) throws IOException {
        ProcessDefinition running = latest();
        Files.writeString(folder.resolve("ticket-lifecycle.bpmn"),
                Files.readString(Path.of("processes/ticket-lifecycle.bpmn"))
                        .replace("targetRef=\"Task_HandleTicket\"", "targetRef=\"Task_Nowhere\""));

        assertThatThrownBy(() -> deployer(folder).afterPropertiesSet()).hasMessageContaining("Task_Nowhere");

        assertThat(latest().getId()).isEqualTo(running.getId());
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(LifecycleElements.PROCESS_KEY)
                .latestVersion().singleResult();
    }

    private ProcessDeployer deployer(Path folder) {
        return new ProcessDeployer(repositoryService,
                new ProcessSettings(folder, new ProcessSettings.Lifecycle(Duration.ofDays(7))));
    }
}
