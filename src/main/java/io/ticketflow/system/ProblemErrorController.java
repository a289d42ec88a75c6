package io.ticketflow.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;

/**
 * What the servlet container's error page ({@code /error}) answers — for failures outside Spring MVC's handlers, such
 * as the engine REST API's, the webapps' or a filter's: Problem Details with the status and the documented type,
 * never the exception's text. Called directly (no error to report) it is simply a page that does not exist: 404.
 * Replaces Spring Boot's {@code BasicErrorController}, which answered a direct call with 500 {@code {"status":999}}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static boolean brokenMultipart(Object error) {
        int depth = 0;
        for (Object cause = error; cause instanceof Throwable t && depth++ < 10; cause = t.getCause()) {
            if (cause instanceof MultipartException) {
                return true;
            }
        }
        return false;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                && value >= 400 ? HttpStatus.valueOf(value) : null;
        if (brokenMultipart(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // Parsed before any controller runs, so no advice sees it: a multipart body cut short is the client's.
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem;
        if (status == null) {
            problem = ProblemDetailsAdvice.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                    "There is no page here");
        } else if (status.is5xxServerError()) {
            problem = ProblemDetailsAdvice.problem(status, ProblemTypes.forStatus(status.value()),
                    status == HttpStatus.SERVICE_UNAVAILABLE ? "Unavailable" : "Internal error",
                    "The request failed on our side; the error is logged");
        } else {
            problem = ProblemDetail.forStatus(status);
            problem.setTitle(status.getReasonPhrase());
            problem.setType(ProblemTypes.forStatus(status.value()));
            problem.setDetail(status.getReasonPhrase());
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && !path.isEmpty()) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // the path is what failed; leave it out
            }
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
