package io.ticketflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of API requests other than file uploads at {@value #MAX_BYTES} bytes — our API, the engine's REST API
 * and the API the Camunda webapps use; multipart bodies there (deployments) at {@value #MAX_DEPLOYMENT_BYTES}: a
 * larger declared length is
 * answered with 413 before anything is read; a chunked body that grows past the cap fails its read, which the
 * Problem Details advice also answers with 413. Nothing is stored either way.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;
    /** A deployment to the engine's REST API: BPMN files with their diagrams. */
    static final int MAX_DEPLOYMENT_BYTES = 5 * 1024 * 1024;

    private final ObjectMapper json;

    RequestSizeLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") && !isMultipart(request)) && !path.startsWith("/engine-rest/")
                && !path.startsWith("/camunda/api/");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** The engine's APIs take deployments (multipart) up to 5 MB, every other body up to 1 MB. */
    private static long limitOf(HttpServletRequest request) {
        return isMultipart(request) ? MAX_DEPLOYMENT_BYTES : MAX_BYTES;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), tooLarge(request.getRequestURI(), limit));
            return;
        }
        chain.doFilter(new CappedRequest(request, limit), response);
    }

    static ProblemDetail tooLarge(String instance) {
        return tooLarge(instance, MAX_BYTES);
    }

    static ProblemDetail tooLarge(String instance, long limit) {
        ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                ProblemTypes.TOO_LARGE, "Request too large", "A request body is at most " + limit / 1024
                        + " KB (files go to the upload endpoints)");
        problem.setInstance(URI.create(instance));
        return problem;
    }

    /** Thrown when a body without a declared length grows past the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream capped;

        CappedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                ServletInputStream in = super.getInputStream();
                capped = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new TooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new TooLargeException(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return capped;
        }
    }
}
