package io.ticketflow.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor find due jobs through an index. Camunda looks for work every couple of seconds with "due
 * date is null or due date ≤ now", which no index serves: with 100,000 open tickets (400,000 SLA timers) each look
 * read the whole job table, about 2 s on MariaDB, over and over. With every job given a due date (Camunda's
 * {@code ensureJobDueDateNotNull}) the look is "due date ≤ now", answered from {@value #INDEX} in microseconds.
 * Camunda creates its own tables, so the index is added here once they exist; jobs an earlier version left without
 * a due date are made due now, or the executor would never see them again.
 */
@Component
class DueJobIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "TF_IDX_JOB_DUEDATE";

    private static final Logger log = LoggerFactory.getLogger(DueJobIndex.class);

    private DataSource dataSource;
    private String jobTable;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
        dataSource = configuration.getDataSource();
        jobTable = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!exists(connection)) {
                try {
                    statement.execute("create index " + INDEX + " on " + jobTable + " (DUEDATE_)");
                    log.info("Created index {} on {} (DUEDATE_) for the job executor", INDEX, jobTable);
                } catch (SQLException e) {
                    // Another node starting at the same moment may have created it first.
                    if (!exists(connection)) {
                        throw e;
                    }
                }
            }
            int undated = statement.executeUpdate("update " + jobTable + " set DUEDATE_ = current_timestamp "
                    + "where DUEDATE_ is null");
            if (undated > 0) {
                log.info("Gave {} jobs without a due date one (now), so the job executor finds them", undated);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add index " + INDEX + " on " + jobTable + " (DUEDATE_)", e);
        }
    }

    private boolean exists(Connection connection) throws SQLException {
        var metaData = connection.getMetaData();
        String table = metaData.storesUpperCaseIdentifiers() ? jobTable.toUpperCase(Locale.ROOT) : jobTable;
        try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false,
                true)) {
            while (indexes.next()) {
                if (INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
