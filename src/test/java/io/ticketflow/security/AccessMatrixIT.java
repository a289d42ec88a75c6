package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every endpoint of the OpenAPI document × every role, against a ticket of the east (an agent of its team sees it, a
 * northern engineer does not), with the expected answer written once in {@code security/access-matrix.csv}:
 * {@code 401} (no credentials), {@code 403} (the role may not), {@code 404} (the ticket or customer is another
 * region's, so it does not exist for the caller), or {@code ok} (past the gates: whatever the endpoint answers the
 * request, but neither 401 nor 403). An endpoint of the document without a row fails the test, and so does a row
 * whose endpoint is gone. Requests carry the row's body or none, so "ok" rows change nothing of consequence.
 */
class AccessMatrixIT extends ApiIntegrationTest {

    private static final String MATRIX = "/security/access-matrix.csv";
    /** The columns of the matrix after method, path and body, and who calls in each. */
    private static final Map<String, String> CALLERS = callers();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Autowired
    private TaskService taskService;

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("agent", TestUsers.AGENT_EAST);
        callers.put("otherRegionAgent", TestUsers.ENGINEER_NORTH);
        callers.put("supervisor", TestUsers.SUPERVISOR);
        callers.put("analyst", TestUsers.ANALYST);
        callers.put("integrator", TestUsers.INTEGRATOR);
        callers.put("admin", TestUsers.ADMIN);
        return callers;
    }

    @Test
    void everyEndpointTimesEveryRoleAnswersAsTheMatrixSays() throws IOException {
        List<CSVRecord> rows = matrix();
        Set<String> documented = documentedEndpoints();
        Set<String> inMatrix = new TreeSet<>();
        rows.forEach(row -> inMatrix.add(row.get("method") + " " + row.get("path")));

        assertThat(new TreeSet<>(documented)).as("endpoints without a row in " + MATRIX)
                .isSubsetOf(inMatrix);
        assertThat(inMatrix).as("rows in " + MATRIX + " for endpoints that no longer exist")
                .isSubsetOf(documented);

        Map<String, String> fixtures = fixtures();
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord row : rows) {
            HttpMethod method = HttpMethod.valueOf(row.get("method"));
            String path = expand(row.get("path"), fixtures);
            String body = row.get("body").isBlank() ? null : row.get("body");
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                String expected = row.get(caller.getKey());
                int status = call(caller.getValue(), method, path, body).getStatusCode().value();
                if (!matches(expected, status)) {
                    mismatches.add(method + " " + row.get("path") + " as " + caller.getKey() + ": expected "
                            + expected + ", got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static boolean matches(String expected, int status) {
        return expected.equals("ok") ? status != 401 && status != 403 : expected.equals(String.valueOf(status));
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        if (WITH_BODY.contains(method)) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        if (user != null) {
            headers.setBasicAuth(user, TestUsers.PASSWORD);
        }
        return http.exchange(path, method,
                new HttpEntity<>(body != null ? body : WITH_BODY.contains(method) ? "{}" : null, headers),
                String.class);
    }

    /** The east ticket and what hangs on it, plus ids that exist nowhere for the endpoints without a ticket. */
    private Map<String, String> fixtures() {
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        String ticketId = ticket.get("id").asText();
        String processInstanceId = jdbc.queryForObject("select process_instance_id from tf_ticket where id = ?",
                String.class, Long.parseLong(ticketId));
        Map<String, String> fixtures = new LinkedHashMap<>();
        fixtures.put("/api/tickets/{id}", ticketId);
        fixtures.put("/api/customers/{id}", jdbc.queryForObject("select customer_id from tf_ticket where id = ?",
                String.class, Long.parseLong(ticketId)));
        fixtures.put("taskId", taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult()
                .getId());
        fixtures.put("attachmentId", "999999");
        fixtures.put("/api/settlements/{id}", "999999");
        fixtures.put("period", "2001-01");
        fixtures.put("number", "TF-2001-000001");
        fixtures.put("channel", "WECHAT");
        fixtures.put("userId", TestUsers.AGENT_EAST);
        fixtures.put("serialNumber", deviceOf(ticket.get("customer")));
        return fixtures;
    }

    /** A device of the east ticket's customer, so that only who sees the ticket sees the device. */
    private String deviceOf(JsonNode customer) {
        String serial = "MATRIX-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> saved = call(TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/devices/" + serial,
                "{\"customer\": {\"name\": \"Matrix Owner\", \"email\": \"" + customer.get("email").asText()
                        + "\"}, \"productModel\": \"AC-300\", \"purchasedOn\": \"2020-01-01\"}");
        assertThat(saved.getStatusCode().value()).as("%s", saved.getBody()).isEqualTo(200);
        return serial;
    }

    private static String expand(String template, Map<String, String> fixtures) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String prefix = template.substring(0, variable.start()) + "{" + name + "}";
            String value = fixtures.entrySet().stream()
                    .filter(f -> prefix.startsWith(f.getKey()) || f.getKey().equals(name))
                    .map(Map.Entry::getValue).findFirst().orElse("no-such-" + name);
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private Set<String> documentedEndpoints() {
        JsonNode paths = http.getForEntity("/v3/api-docs", JsonNode.class).getBody().get("paths");
        Set<String> endpoints = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    endpoints.add(method.toUpperCase() + " " + path.getKey()));
        }
        return endpoints;
    }

    private static List<CSVRecord> matrix() throws IOException {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream(MATRIX)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .setIgnoreSurroundingSpaces(true).get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
