package io.ticketflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TicketFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The job executor finds due jobs through an index: every job has a due date and the index is there. */
class DueJobIndexIT extends ApiIntegrationTest {

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private DueJobIndex dueJobIndex;

    @Test
    void theJobTableHasADueDateIndexAndTheEngineGivesEveryJobADueDate() throws Exception {
        assertThat(indexedColumns(DueJobIndex.INDEX)).containsExactly("DUEDATE_");
        assertThat(processEngine.getProcessEngineConfiguration().isEnsureJobDueDateNotNull()).isTrue();
    }

    @Test
    void aJobLeftWithoutADueDateByAnEarlierVersionIsMadeDueAtStartAndTheIndexIsNotAddedTwice() {
        createTicket(TicketFixture.repairTicketInTheEast());
        Job job = processEngine.getManagementService().createJobQuery().timers().list().get(0);
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", job.getId());

        dueJobIndex.postProcessEngineBuild(processEngine);

        assertThat(processEngine.getManagementService().createJobQuery().jobId(job.getId()).singleResult()
                .getDuedate()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null", Long.class))
                .isZero();
    }

    private List<String> indexedColumns(String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(),
                    connection.getSchema(), "ACT_RU_JOB", false, true)) {
                while (indexes.next()) {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
