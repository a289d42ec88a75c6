package io.ticketflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a MySQL or MariaDB connection that is not READ COMMITTED, before the process engine starts,
 * with the setting that fixes it. Under REPEATABLE READ (MySQL's default) the engine's and Ticketflow's row locks
 * behave differently and concurrent work (dispatch capacity, job acquisition) can deadlock or see stale rows.
 */
@Component
class IsolationLevelCheck extends AbstractProcessEnginePlugin {

    static final String FIX = "set spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED (the "
            + "mysql profile does), or transaction-isolation=READ-COMMITTED in the server's configuration";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getDataSource() != null) {
            check(configuration.getDataSource());
        }
    }

    static void check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            boolean mysql = product.contains("mysql") || product.contains("mariadb");
            int level = connection.getTransactionIsolation();
            if (mysql && level != Connection.TRANSACTION_READ_COMMITTED) {
                throw new IllegalStateException("The database connection's transaction isolation is "
                        + name(level) + "; Ticketflow needs READ COMMITTED on MySQL and MariaDB: " + FIX);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the database's transaction isolation", e);
        }
    }

    private static String name(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            case Connection.TRANSACTION_NONE -> "NONE";
            default -> "level " + level;
        };
    }
}
