package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who may reach what: our API, the engine REST API and the Camunda webapps, with and without credentials. */
class SecurityIT extends ApiIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/tickets", "/api/tickets/1", "/api/tasks", "/engine-rest/process-definition",
            "/engine-rest/deployment", "/engine-rest/task", "/api/dispatch/agents", "/api/tickets/1/routing",
            "/api/settlements", "/api/partners", "/api/tickets/1/settlement", "/api/customers/1",
            "/api/customers/1/timeline", "/api/orders/X", "/api/templates", "/api/tickets/1/attachments/1"})
    void everyApiNeedsCredentials(String path) {
        ResponseEntity<JsonNode> response = get(null, path);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("nobodyKnown", "wrong");
        ResponseEntity<String> response = http.exchange("/api/tickets", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "GET,  /api/tasks,                        analystAndy,   403",
            "GET,  /api/tasks,                        integratorIda, 403",
            "GET,  /api/tickets,                      analystAndy,   403",
            "GET,  /engine-rest/process-definition,   agentEast,     403",
            "GET,  /engine-rest/process-definition,   analystAndy,   200",
            "GET,  /engine-rest/process-definition,   supervisorSue, 200",
            "GET,  /api/tasks,                        agentEast,     200",
            "GET,  /api/tasks,                        supervisorSue, 200",
            "GET,  /api/tickets,                      integratorIda, 200",
            "GET,  /api/dispatch/agents,              integratorIda, 403",
            "GET,  /api/dispatch/agents,              analystAndy,   200",
            "GET,  /api/dispatch/teams,               agentEast,     200",
            "PUT,  /api/dispatch/teams/x,             supervisorSue, 403",
            "PUT,  /api/dispatch/stations/X,          supervisorSue, 403",
            "PUT,  /api/dispatch/agents/agentEast,    agentEast,     403",
            "POST, /api/tickets/1/transfers,          analystAndy,   403",
            "GET,  /api/settlements,                  agentEast,     403",
            "GET,  /api/settlements,                  analystAndy,   200",
            "POST, /api/settlements/2026-01/run,      analystAndy,   403",
            "POST, /api/settlements/1/pay,            supervisorSue, 403",
            "GET,  /api/partners,                     agentEast,     403",
            "GET,  /api/partners,                     integratorIda, 200",
            "PUT,  /api/partners/X,                   supervisorSue, 403",
            "POST, /api/partners/X/sales,             supervisorSue, 403",
            "PUT,  /api/orders/X,                     agentEast,     403",
            "PUT,  /api/templates/x,                  agentEast,     403",
            "POST, /api/customers/1/merge,            integratorIda, 403",
            "GET,  /api/templates,                    agentEast,     200"})
    void rolesDecideWhatAnAuthenticatedUserReaches(String method, String path, String user, int status) {
        assertThat(call(user, HttpMethod.valueOf(method), path, null).getStatusCode().value()).isEqualTo(status);
    }

    @Test
    void onlyAnalystsAndAdminsMayDeployThroughTheEngineRestApi() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "sneaky");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        for (String user : List.of(TestUsers.AGENT_EAST, TestUsers.INTEGRATOR, TestUsers.SUPERVISOR)) {
            headers.setBasicAuth(user, TestUsers.PASSWORD);
            ResponseEntity<String> response = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                    new HttpEntity<>(form, headers), String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void camundaAuthorizationsApplyInsideTheEngineRestApi() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String processInstanceId = get(TestUsers.SUPERVISOR, "/api/tickets/" + id).getBody()
                .get("processInstanceId").asText();

        ResponseEntity<JsonNode> integratorDeletes = call(TestUsers.INTEGRATOR, HttpMethod.DELETE,
                "/engine-rest/process-instance/" + processInstanceId, null);

        assertThat(integratorDeletes.getStatusCode()).as("%s", integratorDeletes.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(TestUsers.SUPERVISOR, "/api/tickets/" + id).getBody().get("status").asText())
                .isEqualTo("OPEN");
    }

    @Test
    void javaSerializedVariablesAreRefusedEvenToWhoMayWriteVariables() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String processInstanceId = get(TestUsers.SUPERVISOR, "/api/tickets/" + id).getBody()
                .get("processInstanceId").asText();
        // An empty java.util.ArrayList, serialized: harmless itself, but the format carries deserialization attacks.
        Map<String, Object> serialized = Map.of("type", "Object",
                "value", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
                "valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        String variable = "/engine-rest/process-instance/" + processInstanceId + "/variables/smuggled";

        // Admins may write any variable, but not in Java's serialization format.
        ResponseEntity<JsonNode> put = call(TestUsers.ADMIN, HttpMethod.PUT, variable, serialized);

        assertThat(put.getStatusCode().is4xxClientError()).as("%s", put.getBody()).isTrue();
        assertThat(put.getBody().get("detail").asText()).containsIgnoringCase("serializ");
        assertThat(call(TestUsers.ADMIN, HttpMethod.GET, variable, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void healthAndApiDocsAreOpen() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> docs = http.getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody().get("paths").has("/api/tickets")).isTrue();
        assertThat(docs.getBody().get("paths").has("/api/tasks/{taskId}/claim")).isTrue();
        assertThat(docs.getBody().get("components").get("securitySchemes").get("basicAuth").get("scheme").asText())
                .isEqualTo("basic");
    }

    @Test
    void theCamundaWebappsNeedALoginAndThenKnowTheUser() {
        TestRestTemplate browser = http.withRedirects(Redirects.DONT_FOLLOW);
        ResponseEntity<String> anonymous = browser.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(BrowserSession.browserHeaders(null)), String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation()).hasPath("/login");

        BrowserSession session = BrowserSession.login(http, TestUsers.AGENT_EAST);
        ResponseEntity<String> tasklist = session.get("/camunda/app/tasklist/default/", String.class);
        ResponseEntity<JsonNode> whoAmI = session.get("/camunda/api/admin/auth/user/default", JsonNode.class);
        ResponseEntity<String> adminApp = session.get("/camunda/app/admin/default/", String.class);

        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(whoAmI.getBody().get("userId").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(whoAmI.getBody().get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
        assertThat(adminApp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void signingInAtTheLoginPageLeadsToTheConsole() {
        BrowserSession session = BrowserSession.login(http, TestUsers.SUPERVISOR);

        assertThat(session.landing()).isEqualTo("/console/queue");
        assertThat(session.get(session.landing(), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The error page is open (it renders every error), but called directly it shows nothing; changes need CSRF. */
    @ParameterizedTest(name = "{0} /error as {1} → {2}")
    @CsvSource(nullValues = "anonymous", value = {
            "GET, anonymous, 404", "GET, agentEast, 404", "GET, supervisorSue, 404", "GET, analystAndy, 404",
            "GET, integratorIda, 404", "GET, adminAda, 404", "DELETE, anonymous, 403", "DELETE, adminAda, 403"})
    void theErrorPageCalledDirectlyIsAProblemForEveryone(String method, String user, int status) {
        ResponseEntity<JsonNode> response = call(user, HttpMethod.valueOf(method), "/error", null);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).startsWith("urn:ticketflow:problem:");
    }
}
