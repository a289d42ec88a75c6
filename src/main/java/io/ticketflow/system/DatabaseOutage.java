package io.ticketflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, requests are answered 503 with Retry-After instead of 500: the caller did
 * nothing wrong and should send the same request again. Every transaction rolled back, so nothing was half written.
 * This filter comes first, so it also answers when the outage shows while a caller's password is checked; failures
 * inside controllers reach {@link ProblemDetailsAdvice}, which asks {@link #causedBy} too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final ObjectMapper json;

    DatabaseOutage(ObjectMapper json) {
        this.json = json;
    }

    /** Whether a failure comes from not reaching the database (connection refused, lost, pool timed out). */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A failed rollback hides what made the transaction roll back: look at that too.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail unavailable(String instance) {
        ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
                "Database unavailable", "The database cannot be reached just now; nothing was changed. Send the "
                        + "same request again in a few seconds");
        problem.setInstance(URI.create(instance));
        return problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), unavailable(request.getRequestURI()));
        }
    }
}
