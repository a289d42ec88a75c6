package io.ticketflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DatabaseOutage filter = new DatabaseOutage(json);

    @Test
    void recognisesAnUnreachableDatabaseHoweverDeepTheCause() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("query failed", new PersistenceException(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Communications link failure",
                "08S01")))).isTrue();
    }

    @Test
    void seesTheOutageBehindARollbackThatFailedBecauseTheConnectionWasGone() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new CannotGetJdbcConnectionException("Failed to obtain JDBC "
                + "Connection", new SQLTransientConnectionException("request timed out after 5000ms")));

        assertThat(DatabaseOutage.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("commit failed",
                new SQLException("Deadlock found", "40001")))).isFalse();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Duplicate entry", "23000"))))
                .isFalse();
    }

    @Test
    void answers503WithRetryAfterAndProblemDetailsWhenTheDatabaseIsAway() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tickets");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo(ProblemTypes.UNAVAILABLE.toString());
        assertThat(problem.get("instance").asText()).isEqualTo("/api/tickets");
        assertThat(problem.get("detail").asText()).contains("nothing was changed");
    }

    @Test
    void letsOtherFailuresThrough() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tickets");

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
