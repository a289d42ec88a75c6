package io.ticketflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.system.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps people who are not admins from steering processes through the engine's API that the Camunda webapps use
 * ({@code /camunda/api/engine/...}), where Camunda's grants would let them: no variable writes (a variable such as
 * {@code ticketId} steers what the process's delegates act on), no deployments (an analyst owns what they deployed
 * and could delete it with every running ticket), and on a task only claim, unclaim, comment and completion with the
 * task's own form fields — no BPMN errors or escalations, which end or divert a ticket's process. {@code /engine-rest}
 * is closed to such writes by its path rules ({@link SecurityConfig}); our API writes the variables itself.
 */
class EngineWriteFence extends OncePerRequestFilter {

    /** Upper bound of a Tasklist request body; a completed form is a few hundred bytes. */
    static final int MAX_BODY = 64 * 1024;

    /** A task's own endpoints in the webapps' engine API: the task's id and what is done to it. */
    private static final Pattern TASK_ACTION = Pattern.compile("^/camunda/api/engine/engine/[^/]+/task/([^/]+)/(.+)$");
    /** What Tasklist does to a task for someone who is not an admin; completing is checked field by field. */
    private static final Set<String> TASK_WORK = Set.of("unclaim", "comment/create");
    /** Claiming is for oneself: Camunda would let the claimant name anyone. */
    private static final String CLAIM = "claim";
    private static final Set<String> TASK_COMPLETION = Set.of("complete", "submit-form");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final FormService formService;
    private final ProblemResponses problems;
    private final ObjectMapper json;

    EngineWriteFence(FormService formService, ProblemResponses problems, ObjectMapper json) {
        this.formService = formService;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || isAdmin();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = withoutTrailingSlashes(request.getRequestURI());
        if (path.contains("/variables") || path.contains("/localVariables")) {
            refuse(response, "Process variables are written by Ticketflow itself; use the ticket's actions in /api");
            return;
        }
        if (path.contains("/deployment")) {
            refuse(response, "Deployments go through POST /engine-rest/deployment/create (analysts), nowhere else");
            return;
        }
        Matcher task = TASK_ACTION.matcher(path);
        String action = task.matches() ? task.group(2) : null;
        if (action == null || TASK_WORK.contains(action)) {
            chain.doFilter(request, response);
            return;
        }
        if (!TASK_COMPLETION.contains(action) && !CLAIM.equals(action)) {
            refuse(response, "On a task you may claim, unclaim, comment and complete it with its form; not " + action);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.TOO_LARGE, "Request too large",
                    "A completed task form is at most " + MAX_BODY / 1024 + " KB");
            return;
        }
        JsonNode payload;
        try {
            payload = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            problems.write(response, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The body is not JSON");
            return;
        }
        if (CLAIM.equals(action)) {
            String claimant = payload.path("userId").asText("");
            if (!claimant.equals(currentUser())) {
                refuse(response, "You may claim a task for yourself only");
                return;
            }
        } else {
            List<FormField> form = form(task.group(1));
            if ("complete".equals(action) && !form.isEmpty()) {
                refuse(response, "A task with a form is completed through its form (submit-form), which checks it");
                return;
            }
            List<String> foreign = foreignVariables(form, payload);
            if (!foreign.isEmpty()) {
                refuse(response, "Completing this task may set only its form fields; not " + foreign);
                return;
            }
            body = withTransientText(form, payload, body);
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private static String withoutTrailingSlashes(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Names in the body's {@code variables} that are not form fields of the task. */
    private static List<String> foreignVariables(List<FormField> form, JsonNode body) {
        JsonNode variables = body.path("variables");
        if (!variables.isObject() || variables.isEmpty()) {
            return List.of();
        }
        Set<String> fields = form.stream().map(FormField::getId).collect(Collectors.toCollection(TreeSet::new));
        List<String> foreign = new ArrayList<>();
        variables.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                foreign.add(name);
            }
        });
        return foreign;
    }

    private List<FormField> form(String taskId) {
        try {
            TaskFormData form = formService.getTaskFormData(taskId);
            return form == null ? List.of() : form.getFormFields();
        } catch (RuntimeException unknownTask) {
            return List.of(); // the engine answers the unknown task itself
        }
    }

    /**
     * The form's text answers reach the process for the moment of completion only (the step's timeline entry keeps
     * them), as through {@code /api/tasks}: free text stays out of the engine (decision record 0005).
     */
    private byte[] withTransientText(List<FormField> form, JsonNode payload, byte[] body) throws IOException {
        JsonNode variables = payload.path("variables");
        boolean changed = false;
        for (FormField field : form) {
            JsonNode variable = variables.path(field.getId());
            if ("string".equals(field.getTypeName()) && variable instanceof ObjectNode value) {
                value.putObject("valueInfo").put("transient", true);
                changed = true;
            }
        }
        return changed ? json.writeValueAsBytes(payload) : body;
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.ADMIN_AUTHORITY).equals(a.getAuthority()));
    }

    /** The request with its body, already read, served again to the engine's API. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
