package io.ticketflow.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ticketflow.process.ContractViolation;
import io.ticketflow.process.ProcessContractException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors of the engine's REST API ({@code /engine-rest}) as Problem Details, like the rest of our API: a client's
 * mistake is a 4xx naming what was wrong, without SQL, class names or file paths; only our own faults are 500, and
 * those say no more than an id to find them in the log. Camunda's own exception mappers answer many client mistakes
 * with 500 and the exception's message; ours take precedence through a higher priority for the same exception types.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][\\w$]*(\\.[a-z][\\w$]*)+\\.[A-Z][\\w$]*");
    private static final Pattern PATH = Pattern.compile("(/[\\w.@+-]+){2,}/?");
    private static final int MAX_DETAIL = 300;

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new EngineExceptions());
        config.register(new RestExceptions());
        config.register(new JsonMappingExceptions());
        config.register(new JsonParseExceptions());
        config.register(new AnyThrowable());
    }

    /** The answer for any exception the engine's REST API lets escape. */
    static Response toResponse(Throwable error) {
        Map<String, Object> problem = classify(error);
        return Response.status((Integer) problem.get("status")).type(PROBLEM_JSON).entity(problem).build();
    }

    private static Map<String, Object> classify(Throwable thrown) {
        Throwable error = domainCause(thrown);
        if (error instanceof ProcessContractException contract) {
            Map<String, Object> problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                    "Process contract violated", "The deployment breaks the process contract (docs/processes.md); "
                            + "nothing was deployed");
            problem.put("violations", contract.violations().stream().map(EngineRestProblems::violation).toList());
            return problem;
        }
        if (causeOf(error, RequestSizeLimit.TooLargeException.class) != null) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.TOO_LARGE, "Request too large",
                    clean(causeOf(error, RequestSizeLimit.TooLargeException.class).getMessage()));
        }
        if (error instanceof WebApplicationException web) {
            HttpStatus status = HttpStatus.resolve(web.getResponse().getStatus());
            return clientOrServer(status != null ? status : HttpStatus.BAD_REQUEST, error);
        }
        if (error instanceof RestException rest && rest.getStatus() != null) {
            HttpStatus status = HttpStatus.valueOf(rest.getStatus().getStatusCode());
            // Camunda's resources wrap whatever the engine threw in a 500; the engine's exception tells better.
            return status.is5xxServerError() && error.getCause() != null && error.getCause() != error
                    ? classify(error.getCause()) : clientOrServer(status, error);
        }
        if (error instanceof JsonMappingException || error instanceof JsonParseException) {
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The body is not the JSON this endpoint takes: " + clean(((Exception) error).getMessage()));
        }
        if (error instanceof AuthorizationException || error instanceof NotPermittedException) {
            return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", clean(error.getMessage()));
        }
        if (error instanceof InvalidFieldException invalid) {
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Request refused by the journey",
                    clean(invalid.getMessage()));
        }
        if (error instanceof NullValueException || error instanceof NotFoundException) {
            return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", clean(error.getMessage()));
        }
        if (error instanceof OptimisticLockingException) {
            return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                    "Someone changed the same data at the same moment; try again");
        }
        SQLException sql = causeOf(error, SQLException.class);
        if (sql != null) {
            return databaseProblem(sql, error);
        }
        if (error instanceof IllegalArgumentException) {
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "A parameter has a value of the wrong form");
        }
        if (error instanceof BadUserRequestException || error instanceof ProcessEngineException) {
            // The engine refuses a request it cannot carry out (unknown id, wrong state, unparsable file, a script
            // engine that does not exist): the client's request, not a fault of ours.
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Request refused by the process engine",
                    clean(error.getMessage()));
        }
        return internal(error);
    }

    private static Map<String, Object> databaseProblem(SQLException sql, Throwable error) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("23")) {
            return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                    "The request conflicts with stored data: an id or key that already exists, or data still in use");
        }
        if (state.startsWith("22")) {
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid value",
                    "A value is too long or not of the form the database keeps");
        }
        if (state.startsWith("08") || sql instanceof SQLTransientConnectionException) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Unavailable",
                    "The database cannot be reached; try again shortly");
        }
        return internal(error);
    }

    private static Map<String, Object> clientOrServer(HttpStatus status, Throwable error) {
        if (status.is5xxServerError()) {
            return internal(error);
        }
        URI type = ProblemTypes.forStatus(status.value());
        String message = error.getMessage();
        return problem(status, type, status.getReasonPhrase(),
                message == null || message.startsWith("HTTP ") ? status.getReasonPhrase() : clean(message));
    }

    private static Map<String, Object> internal(Throwable error) {
        String incident = UUID.randomUUID().toString();
        log.error("Engine REST API failed (incident {})", incident, error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The request failed on our side; the log names it incident " + incident);
    }

    /** The application's own refusal a task listener threw, which the engine wraps; else the error itself. */
    private static Throwable domainCause(Throwable error) {
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof NotPermittedException || cause instanceof InvalidFieldException) {
                return cause;
            }
        }
        return error;
    }

    private static Map<String, Object> problem(HttpStatus status, URI type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }

    private static Map<String, String> violation(ContractViolation violation) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("resource", violation.resource());
        if (violation.element() != null) {
            entry.put("element", violation.element());
        }
        entry.put("reason", violation.reason());
        return entry;
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < 20; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The first line of an engine message, without class names, file paths or the SQL after "Cause:"/"###". */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "No details";
        }
        String text = message.lines().findFirst().orElse("");
        for (String marker : new String[] {" Cause:", "###", " SQL:", "; nested exception"}) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        text = PATH.matcher(CLASS_NAME.matcher(text).replaceAll("")).replaceAll("").trim();
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL - 1) + "…" : text;
    }

    // One mapper per exception type that Camunda maps itself; equal distance, so the higher priority wins.

    /** Answers any exception of its type argument with {@link #toResponse(Throwable)}. */
    abstract static class ProblemMapper<T extends Throwable> implements ExceptionMapper<T> {
        @Override
        public Response toResponse(T exception) {
            return EngineRestProblems.toResponse(exception);
        }
    }

    @Priority(1)
    static final class EngineExceptions extends ProblemMapper<ProcessEngineException> {
    }

    @Priority(1)
    static final class RestExceptions extends ProblemMapper<RestException> {
    }

    @Priority(1)
    static final class JsonMappingExceptions extends ProblemMapper<JsonMappingException> {
    }

    @Priority(1)
    static final class JsonParseExceptions extends ProblemMapper<JsonParseException> {
    }

    @Priority(1)
    static final class AnyThrowable extends ProblemMapper<Throwable> {
    }
}
