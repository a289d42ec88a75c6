package io.ticketflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path with an encoded period ({@code /css/%2e%2e/engine-rest/task}) is one Tomcat normalises while the raw path
 * keeps the dots, and Spring's path parsing then fails with a 500 before the security firewall, which would refuse
 * it, is reached. No page or API of ours has such a path: 400 Problem Details, first of all filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EncodedPeriods extends OncePerRequestFilter {

    private final ObjectMapper json;

    EncodedPeriods(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().toLowerCase(Locale.ROOT).contains("%2e")) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.problem(HttpStatus.BAD_REQUEST,
                    ProblemTypes.MALFORMED_REQUEST, "Malformed request", "The path has an encoded period"));
            return;
        }
        chain.doFilter(request, response);
    }
}
