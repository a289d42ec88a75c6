package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A due SLA timer fired by the real job executor (not by the test), on the configured database — under the mysql
 * profile, MariaDB through Connector/J. The other tests fire timers themselves, so the executor runs only here.
 */
class SlaTimerJobExecutorIT extends ApiIntegrationTest {

    @Autowired
    private ManagementService managementService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void theJobExecutorFiresADueBreachTimerAndTheTicketIsMarkedBreached() {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        Job breach = managementService.createJobQuery().processInstanceId(created.get("processInstanceId").asText())
                .activityId(LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED).singleResult();
        // The ticket's first response is due hours from now; bring its stored due time and its timer to "now".
        jdbc.update("update tf_ticket_sla set due_at = ?, warn_at = ? where ticket_id = ? and target = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                Timestamp.from(Instant.now().minusSeconds(120)), id, SlaTarget.FIRST_RESPONSE.name());
        managementService.setJobDuedate(breach.getId(), Date.from(Instant.now().plusSeconds(1)));

        JobExecutor executor = engineConfiguration.getJobExecutor();
        executor.start();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(get(TestUsers.SUPERVISOR, "/api/tickets/" + id).getBody().get("slaBreached")
                            .asBoolean()).isTrue());
        } finally {
            executor.shutdown();
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(created.get("processInstanceId")
                .asText()).count()).isZero();
    }
}
