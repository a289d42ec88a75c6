package io.ticketflow.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of our API into RFC 9457 Problem Details. A client's mistake is a 4xx that names the
 * field at fault; nothing a client sends produces a 500.
 */
@RestControllerAdvice(basePackages = "io.ticketflow")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", e.getMessage());
    }

    /** Two people acted on the same task or ticket at the same moment; the other one won. */
    @ExceptionHandler({TaskAlreadyClaimedException.class, OptimisticLockingException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                "Someone else changed this at the same moment; reload and try again");
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.BUSINESS_RULE, "Refused by a business rule",
                e.getMessage());
    }

    @ExceptionHandler({NotPermittedException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return validationProblem(e.errors());
    }

    /**
     * The engine wraps what a task listener threw (a step refusing its approver): the answer is the wrapped refusal's,
     * a 403, 404, 409 or 400; anything else stays an internal error.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engineRefusal(ProcessEngineException e, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            ProblemDetail refusal = cause instanceof NotPermittedException denied ? forbidden(denied)
                    : cause instanceof NotFoundException missing ? notFound(missing)
                    : cause instanceof ConflictException conflict ? conflict(conflict)
                    : cause instanceof InvalidFieldException invalid ? invalidField(invalid) : null;
            if (refusal != null) {
                return ResponseEntity.status(refusal.getStatus()).body(refusal);
            }
        }
        return unexpected(e, request);
    }

    /** The engine refused what a request asked of it (a process bean found the request wrong): the caller's fault. */
    @ExceptionHandler(BadUserRequestException.class)
    ProblemDetail badUserRequest(BadUserRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Request refused by the journey",
                e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return validationProblem(e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldError(e.getName(), "has an invalid value '" + e.getValue() + "'")));
    }

    /** Our fault, not the client's: logged with its stack trace, answered without one. */
    @ExceptionHandler(RequestSizeLimit.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestSizeLimit.TooLargeException e, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(RequestSizeLimit.tooLarge(request.getDescription(false).replace("uri=", "")));
    }

    /** A multipart body cut short or malformed (an upload that broke off): the client's, not ours. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request", "The multipart body is not well formed"));
    }

    /** Spring's own answers (405, 406, 415, ...) get our problem types instead of about:blank. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemTypes.forStatus(status.value()));
        }
        return response;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable, answered 503: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .body(DatabaseOutage.unavailable(request.getDescription(false).replace("uri=", "")));
        }
        log.error("Request failed", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL, "Internal error", "The request failed on our side and changed nothing; the "
                        + "error is logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLargeException) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(RequestSizeLimit.tooLarge(request.getDescription(false).replace("uri=", "")));
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request", "The request body is not valid JSON for this operation");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setDetail(describe(mapping, field));
            problem.setProperty("errors", List.of(new FieldError(field, describe(mapping, field))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String describe(JsonMappingException mapping, String field) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "'" + field + "' is not a field of this request";
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not one of " + List.of(format.getTargetType().getEnumConstants());
        }
        return "'" + field + "' has a value of the wrong type";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static ProblemDetail validationProblem(List<FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
