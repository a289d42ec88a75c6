package io.ticketflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.dispatch.DispatchDirectory;
import io.ticketflow.routing.TicketRouter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Base of the REST integration tests: the whole application on a random port, over HTTP, with the test users.
 * The database is H2 in memory, or MariaDB/MySQL under the {@code mysql} Maven profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIntegrationTest {

    /**
     * A spy that routes for real unless a test stubs it (reset after each test). It sits here, not in the one test
     * that stubs it, so that every integration test shares one Spring context and so one process engine: Camunda's
     * REST API and webapps find "the default engine" in a JVM-wide registry, which a second context would take over.
     */
    @MockitoSpyBean
    protected TicketRouter router;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private DispatchDirectory dispatchDirectory;

    @BeforeEach
    void ensureTestUsers() {
        TestUsers.ensure(identityService);
        TestUsers.ensureProfiles(dispatchDirectory);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    /**
     * Runs the settlement step of a closed ticket's lifecycle, a job of its own (the job executor is off in tests).
     */
    protected void runSettlement(String processInstanceId) {
        managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(LifecycleElements.TASK_SETTLE_SERVICE).list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    protected ResponseEntity<JsonNode> get(String user, String path) {
        return call(user, HttpMethod.GET, path, null);
    }

    protected ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, body);
    }

    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (user != null) {
            headers.setBasicAuth(user, TestUsers.PASSWORD);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Creates a ticket as the integrator and returns its JSON. */
    protected JsonNode createTicket(Map<String, Object> ticket) {
        ResponseEntity<JsonNode> created = post(TestUsers.INTEGRATOR, "/api/tickets", ticket);
        if (!created.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Creating a ticket failed: " + created.getStatusCode() + " " + created.getBody());
        }
        return created.getBody();
    }

    /** The id of the open task of a ticket as the given user sees it in their task list, or null. */
    protected String taskOf(String user, long ticketId) {
        JsonNode task = taskNodeOf(user, ticketId);
        return task == null ? null : task.get("id").asText();
    }

    /** The task of a ticket in the user's task list, looked for page by page, or null. */
    protected JsonNode taskNodeOf(String user, long ticketId) {
        for (int page = 0; ; page++) {
            JsonNode tasks = get(user, "/api/tasks?size=200&page=" + page).getBody();
            for (JsonNode task : tasks) {
                if (task.get("ticketId").asLong() == ticketId) {
                    return task;
                }
            }
            if (tasks.size() < 200) {
                return null;
            }
        }
    }

    /** Deploys one file through the engine's REST API, as {@code POST /engine-rest/deployment/create} takes it. */
    protected <T> ResponseEntity<T> deploy(String user, String deploymentName, String fileName, String content,
            Class<T> answer) {
        return deploy(user, deploymentName, fileName, content, answer, Map.of());
    }

    /** The same with more of the endpoint's form fields ({@code tenant-id}, {@code deploy-changed-only}, ...). */
    protected <T> ResponseEntity<T> deploy(String user, String deploymentName, String fileName, String content,
            Class<T> answer, Map<String, String> options) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", deploymentName);
        options.forEach(form::add);
        form.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(user, TestUsers.PASSWORD);
        return http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
                answer);
    }

    /** Uploads a file as {@code user} ({@code POST /api/attachments}); the answer holds its upload token. */
    protected ResponseEntity<JsonNode> upload(String user, String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, TestUsers.PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http.exchange("/api/attachments", HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    }

    protected long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
