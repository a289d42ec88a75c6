package io.ticketflow.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class IsolationLevelCheckTest {

    @Test
    void refusesMariaDbUnderRepeatableReadSayingHowToFixIt() throws SQLException {
        assertThatThrownBy(() -> IsolationLevelCheck.check(database("MariaDB",
                Connection.TRANSACTION_REPEATABLE_READ)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REPEATABLE READ")
                .hasMessageContaining("spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED");
    }

    @Test
    void acceptsMySqlUnderReadCommittedAndOtherDatabasesAsTheyAre() throws SQLException {
        assertThatCode(() -> IsolationLevelCheck.check(database("MySQL", Connection.TRANSACTION_READ_COMMITTED)))
                .doesNotThrowAnyException();
        assertThatCode(() -> IsolationLevelCheck.check(database("H2", Connection.TRANSACTION_REPEATABLE_READ)))
                .doesNotThrowAnyException();
    }

    private static DataSource database(String product, int isolation) throws SQLException {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn(product);
        when(connection.getTransactionIsolation()).thenReturn(isolation);
        return dataSource;
    }
}
