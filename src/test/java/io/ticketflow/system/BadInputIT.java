package io.ticketflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.RawHttp;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input at the write endpoints: malformed and truncated JSON, wrong types, unknown enum values, deep nesting,
 * huge bodies. Always a Problem Details 4xx (413 for a body over 1 MB), never a 500, and nothing stored.
 */
class BadInputIT extends ApiIntegrationTest {

    @LocalServerPort
    private int port;

    private static final String HUGE = "{\"subject\":\"" + "x".repeat(1_200_000) + "\"}";
    private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets"),
                Arguments.of(null, HttpMethod.POST, "/api/public/tickets"),
                Arguments.of(TestUsers.ANALYST, HttpMethod.PUT, "/api/templates/fuzz"),
                Arguments.of(TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/orders/FUZZ-1"),
                Arguments.of(TestUsers.SUPERVISOR, HttpMethod.POST, "/api/tickets/1/transfers"),
                Arguments.of(TestUsers.ADMIN, HttpMethod.PUT, "/api/dispatch/agents/" + TestUsers.AGENT_VIP),
                Arguments.of(TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets/1/confirmation"),
                Arguments.of(TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets/1/messages"),
                Arguments.of(TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/devices/FUZZ-1"),
                Arguments.of(TestUsers.SUPERVISOR, HttpMethod.POST, "/api/tickets/1/notes"),
                Arguments.of(TestUsers.SUPERVISOR, HttpMethod.POST, "/api/tickets/1/replies"),
                Arguments.of(TestUsers.INTEGRATOR, HttpMethod.POST, "/api/webhooks"),
                Arguments.of(null, HttpMethod.POST, "/api/public/tickets/TF-2026-000001/replies?token=x"),
                Arguments.of(null, HttpMethod.POST, "/api/public/tickets/TF-2026-000001/confirmation?token=x"));
    }

    static Stream<Arguments> badBodies() {
        List<String> bodies = List.of("", "{", "[]", "null", "\"text\"", "{\"channel\": 5, \"customer\": []}",
                "{\"channel\": \"CARRIER_PIGEON\"}", "{\"priority\": {\"$gt\": 1}}",
                "{\"message\": \"Hi\", \"seenUntil\": \"yesterday\", \"purchasedOn\": \"yesterday\"}", DEEP);
        return endpoints().flatMap(e -> bodies.stream().map(b -> Arguments.of(e.get()[0], e.get()[1], e.get()[2],
                b)));
    }

    @ParameterizedTest(name = "{1} {2} with body #{index}")
    @MethodSource("badBodies")
    void malformedBodiesGetAProblemAnd4xxAndChangeNothing(String user, HttpMethod method, String path, String body) {
        long before = rows();

        ResponseEntity<JsonNode> response = send(user, method, path, body);

        assertThat(response.getStatusCode().is4xxClientError()).as("%s %s: %s", method, path, response.getBody())
                .isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("endpoints")
    void aBodyOverOneMegabyteIs413(String user, HttpMethod method, String path) {
        long before = rows();

        ResponseEntity<JsonNode> response = send(user, method, path, HUGE);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:too-large");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverOneMegabyteIs413Too() throws Exception {
        long before = rows();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tickets"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestUsers.INTEGRATOR + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(HUGE.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:ticketflow:problem:too-large");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void scriptsSqlAndFourByteCharactersAreStoredVerbatim() {
        String odd = "Robert'); DROP TABLE tf_ticket;-- <script>alert(1)</script> 漏水 💧 𠜎";
        Map<String, Object> ticket = Map.of("channel", "API", "category", "GENERAL", "subject", odd,
                "description", odd, "region", "EAST", "customer", Map.of("name", odd,
                        "email", "odd-" + UUID.randomUUID() + "@example.com"));

        JsonNode created = createTicket(ticket);

        JsonNode read = get(TestUsers.ADMIN, "/api/tickets/" + created.get("id").asLong()).getBody();
        assertThat(read.get("subject").asText()).isEqualTo(odd);
        assertThat(read.get("customer").get("name").asText()).isEqualTo(odd);
    }

    @Test
    void tenThousandFieldsAreRefusedNamingTheFieldAndStoreNothing() {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            fields.put("field" + i, "value " + i);
        }
        Map<String, Object> ticket = Map.of("channel", "API", "category", "REPAIR", "subject", "Many fields",
                "description", "Ten thousand custom fields", "region", "EAST", "fields", fields,
                "customer", Map.of("name", "Field Flood", "email", "flood-" + UUID.randomUUID() + "@example.com"));
        long before = rows();

        ResponseEntity<JsonNode> response = post(TestUsers.INTEGRATOR, "/api/tickets", ticket);

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("fields");
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/public/tickets/TF-2026-000001?token=", "/api/public/tickets/nonsense?token=abc",
            "/api/public/tickets/'; DROP TABLE tf_ticket;--?token=x", "/api/public/tickets/𠜎💧?token=x",
            "/api/public/tickets/TF-2026-000001", "/api/tickets/abc", "/api/tickets/-1",
            "/api/tickets/99999999999999999999", "/api/tickets/TF-2026-000001"})
    void invalidTicketNumbersAndIdsGetAProblem4xx(String path) {
        ResponseEntity<JsonNode> response = get(path.startsWith("/api/public") ? null : TestUsers.SUPERVISOR,
                path);

        assertThat(response.getStatusCode().is4xxClientError()).as("%s: %s", path, response.getBody()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/admin/unreadable-mail?limit=0", "/api/admin/unreadable-mail?limit=501",
            "/api/admin/unreadable-mail?limit=abc", "/api/admin/unreadable-mail/abc/raw",
            "/api/admin/unreadable-mail/99999999999/raw", "/api/customers/abc/devices", "/api/customers/-1/devices",
            "/api/devices/SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS",
            "/api/devices/-leading-dash", "/api/admin/notifications/failed?limit=0",
            "/api/webhooks/abc", "/api/webhooks/-1/deliveries", "/api/webhooks/1/deliveries?status=LOST",
            "/api/notifications?audience=ALIENS"})
    void invalidAdminAndDeviceQueriesGetAProblem4xx(String path) {
        ResponseEntity<JsonNode> response = get(TestUsers.ADMIN, path);

        assertThat(response.getStatusCode().is4xxClientError()).as("%s: %s", path, response.getBody()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTicketNumberOfFiveThousandCharactersGetsAProblem4xx() {
        ResponseEntity<JsonNode> response = get(null, "/api/public/tickets/" + "T".repeat(5_000) + "?token=x");

        assertThat(response.getStatusCode().is4xxClientError()).as("%s", response.getBody()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static Stream<Arguments> junk() {
        return Stream.of(
                Arguments.of("unknown region", TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets",
                        TicketFixture.ticket("API", "GENERAL", "ATLANTIS", "STANDARD"), "region"),
                Arguments.of("NUL in a subject", TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets",
                        with(TicketFixture.repairTicketInTheEast(), "subject", "Washing\u0000machine"), "subject"),
                Arguments.of("escape in a description", TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets",
                        with(TicketFixture.repairTicketInTheEast(), "description", "Leaks\n\u001b[2J"),
                        "description"),
                Arguments.of("bell in a name", TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets",
                        with(TicketFixture.repairTicketInTheEast(), "customer",
                                Map.of("name", "Li\u0007Wei", "email", "bell@example.com")), "customer.name"),
                Arguments.of("a building block as journey", TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets",
                        with(TicketFixture.repairTicketInTheEast(), "journey", "Approval"), "journey"),
                Arguments.of("a path as journey", TestUsers.INTEGRATOR, HttpMethod.POST, "/api/tickets",
                        with(TicketFixture.repairTicketInTheEast(), "journey", "../TicketLifecycleProcess"),
                        "journey"),
                Arguments.of("journey message: escape in a note", TestUsers.AGENT_VIP, HttpMethod.POST,
                        "/api/tickets/1/messages", Map.of("message", "BLOCKER_RAISED", "note", "Stuck\u001b[2J"),
                        "note"),
                Arguments.of("note: escape in the message", TestUsers.AGENT_VIP, HttpMethod.POST,
                        "/api/tickets/1/notes", Map.of("message", "Noted\u001b[2J"), "message"),
                Arguments.of("note: blank", TestUsers.AGENT_VIP, HttpMethod.POST, "/api/tickets/1/notes",
                        Map.of("message", "  "), "message"),
                Arguments.of("web form: unknown region", null, HttpMethod.POST, "/api/public/tickets",
                        webForm("ATLANTIS", "Broken door"), "region"),
                Arguments.of("web form: DEL in a subject", null, HttpMethod.POST, "/api/public/tickets",
                        webForm("EAST", "Broken\u007fdoor"), "subject"),
                Arguments.of("team: unknown region", TestUsers.ADMIN, HttpMethod.PUT, "/api/dispatch/teams/fuzz-team",
                        Map.of("name", "Fuzz team", "region", "ATLANTIS", "directAssignment", true), "region"),
                Arguments.of("team: tab in a name", TestUsers.ADMIN, HttpMethod.PUT, "/api/dispatch/teams/fuzz-team",
                        Map.of("name", "Fuzz\tteam", "region", "EAST", "directAssignment", true), "name"),
                Arguments.of("station: unknown region", TestUsers.ADMIN, HttpMethod.PUT,
                        "/api/dispatch/stations/FUZZ", Map.of("name", "Fuzz", "region", "ATLANTIS", "kind",
                                "STATION", "latitude", 30.0, "longitude", 120.0), "region"),
                Arguments.of("agent profile: unknown region", TestUsers.ADMIN, HttpMethod.PUT,
                        "/api/dispatch/agents/" + TestUsers.AGENT_VIP, Map.of("region", "ATLANTIS", "onDuty", true,
                                "capacity", 5, "skills", List.of("repair")), "region"),
                Arguments.of("partner: unknown region", TestUsers.ADMIN, HttpMethod.PUT, "/api/partners/FUZZ",
                        Map.of("name", "Fuzz", "kind", "INSTALLER", "region", "ATLANTIS", "members", List.of()),
                        "region"),
                Arguments.of("device: unknown region", TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/devices/FUZZ-1",
                        device("AC-300", "ATLANTIS", "2024-05-01", null), "region"),
                Arguments.of("device: lower-case product model", TestUsers.INTEGRATOR, HttpMethod.PUT,
                        "/api/devices/FUZZ-1", device("ac-300", "EAST", "2024-05-01", null), "productModel"),
                Arguments.of("device: bought in the future", TestUsers.INTEGRATOR, HttpMethod.PUT,
                        "/api/devices/FUZZ-1", device("AC-300", "EAST", LocalDate.now().plusDays(2).toString(), null),
                        "purchasedOn"),
                Arguments.of("device: serviced before it was bought", TestUsers.INTEGRATOR, HttpMethod.PUT,
                        "/api/devices/FUZZ-1", device("AC-300", "EAST", "2024-05-01", "2024-04-30"), "lastServiceOn"),
                Arguments.of("device: escape in the owner's name", TestUsers.INTEGRATOR, HttpMethod.PUT,
                        "/api/devices/FUZZ-1", with(device("AC-300", "EAST", "2024-05-01", null), "customer",
                                Map.of("name", "Li\u001bWei", "email", "fuzz-device@example.com")), "customer.name"),
                Arguments.of("device: no owner", TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/devices/FUZZ-1",
                        with(device("AC-300", "EAST", "2024-05-01", null), "customer", null), "customer"),
                Arguments.of("device: a serial that starts with a dash", TestUsers.INTEGRATOR, HttpMethod.PUT,
                        "/api/devices/-FUZZ", device("AC-300", "EAST", "2024-05-01", null), "serialNumber"),
                Arguments.of("template: negative maximum length", TestUsers.ANALYST, HttpMethod.PUT,
                        "/api/templates/fuzz", template("Fuzz", Map.of("name", "note", "label", "Note", "type",
                                "TEXT", "maxLength", -1)), "fields[0].maxLength"),
                Arguments.of("template: negative file count", TestUsers.ANALYST, HttpMethod.PUT,
                        "/api/templates/fuzz", template("Fuzz", Map.of("name", "photos", "label", "Photos", "type",
                                "ATTACHMENT", "maxFiles", -2)), "fields[0].maxFiles"),
                Arguments.of("template: escape in a label", TestUsers.ANALYST, HttpMethod.PUT, "/api/templates/fuzz",
                        template("Fuzz", Map.of("name", "note", "label", "No\u001bte", "type", "TEXT")),
                        "fields[0].label"),
                Arguments.of("template: NUL in a name", TestUsers.ANALYST, HttpMethod.PUT, "/api/templates/fuzz",
                        template("Fu\u0000zz", Map.of("name", "note", "label", "Note", "type", "TEXT")), "name"),
                Arguments.of("template: back-reference pattern", TestUsers.ANALYST, HttpMethod.PUT,
                        "/api/templates/fuzz", template("Fuzz", Map.of("name", "code", "label", "Code", "type",
                                "TEXT", "pattern", "(a*)\\1")), "fields[0].pattern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("junk")
    void junkIsRefusedNamingTheFieldAndChangesNothing(String what, String user, HttpMethod method, String path,
            Map<String, Object> body, String field) {
        long before = junkRows();

        ResponseEntity<JsonNode> response = call(user, method, path, body);

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:validation");
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
        assertThat(junkRows()).isEqualTo(before);
    }

    @Test
    void tabsAndLineBreaksStayAllowedInMultiLineText() {
        JsonNode created = createTicket(with(TicketFixture.repairTicketInTheEast(), "description",
                "Water on the floor.\r\n\tAfter every wash."));

        assertThat(get(TestUsers.SUPERVISOR, "/api/tickets/" + created.get("id").asLong()).getBody()
                .get("description").asText()).isEqualTo("Water on the floor.\r\n\tAfter every wash.");
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    private static Map<String, Object> device(String model, String region, String purchasedOn,
            String lastServiceOn) {
        Map<String, Object> device = new HashMap<>();
        device.put("customer", Map.of("name", "Fuzz Owner", "email", "fuzz-device@example.com"));
        device.put("productModel", model);
        device.put("region", region);
        device.put("purchasedOn", purchasedOn);
        device.put("lastServiceOn", lastServiceOn);
        return device;
    }

    private static Map<String, Object> webForm(String region, String subject) {
        return Map.of("subject", subject, "description", "The door does not close", "region", region,
                "name", "Web Customer", "email", "web@example.com");
    }

    private static Map<String, Object> template(String name, Map<String, Object> field) {
        return Map.of("name", name, "category", "FUZZ", "fields", List.of(field), "note", "fuzz");
    }

    private long junkRows() {
        return rows() + jdbc.queryForObject("select (select count(*) from tf_team)"
                + " + (select count(*) from tf_service_station) + (select count(*) from tf_partner)"
                + " + (select count(*) from tf_template_version)", Long.class)
                + jdbc.queryForObject("select count(*) from tf_agent where region = 'ATLANTIS'", Long.class);
    }

    @Test
    void theErrorPageCalledDirectlyIsA404Problem() {
        ResponseEntity<JsonNode> response = get(null, "/error");

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:not-found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/tickets/1%2F2", "/api/public/tickets/TF-2026-000001%2F..?token=x",
            "/engine-rest/task/a%2Fb", "/camunda/app/tasklist/%2F", "/%2F", "/css/%2e%2e/engine-rest/task",
            "/actuator/health/%2E%2E/%2e%2e/api/tickets", "/camunda/api/%2e%2e/engine-rest/task"})
    void anEncodedSlashOrPeriodInAPathIsA400Problem(String path) {
        RawHttp.Response response = RawHttp.from(port, 1).get(path, "Authorization: "
                + RawHttp.basic(TestUsers.SUPERVISOR, TestUsers.PASSWORD));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.body()).contains("urn:ticketflow:problem:malformed-request");
    }

    @Test
    void webhookErrorsHaveTheDocumentedTypes() {
        long before = rows();
        String message = "{\"messageId\":\"m-1\",\"text\":\"" + "x".repeat(70_000) + "\"}";

        ResponseEntity<JsonNode> unsigned = send(null, HttpMethod.POST, "/api/channels/WECHAT/messages",
                "{\"messageId\":\"m-1\"}");
        ResponseEntity<JsonNode> tooLarge = send(null, HttpMethod.POST, "/api/channels/WECHAT/messages", message);
        ResponseEntity<JsonNode> noSecret = send(null, HttpMethod.POST, "/api/channels/WECOM/messages", "{}");
        ResponseEntity<JsonNode> noChannel = send(null, HttpMethod.POST, "/api/channels/PIGEON/messages", "{}");

        assertThat(List.of(unsigned, tooLarge, noSecret, noChannel)).extracting(r -> r.getStatusCode().value() + " "
                + r.getHeaders().getContentType() + " " + r.getBody().get("type").asText()).containsExactly(
                        "401 application/problem+json urn:ticketflow:problem:unauthorized",
                        "413 application/problem+json urn:ticketflow:problem:too-large",
                        "404 application/problem+json urn:ticketflow:problem:not-found",
                        "400 application/problem+json urn:ticketflow:problem:validation");
        assertThat(rows()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (user != null) {
            headers.setBasicAuth(user, TestUsers.PASSWORD);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private long rows() {
        return jdbc.queryForObject("select (select count(*) from tf_ticket) + (select count(*) from tf_customer)"
                + " + (select count(*) from tf_template) + (select count(*) from tf_order)"
                + " + (select count(*) from tf_ticket_event) + (select count(*) from tf_agent)"
                + " + (select count(*) from tf_device)", Long.class);
    }

    @Test
    void aBrokenMultipartUploadIsA400Problem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=xyz"));

        ResponseEntity<String> response = http.exchange("/api/public/attachments", HttpMethod.POST,
                new HttpEntity<>("--xyz\r\nbroken", headers), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aWrongMediaTypeIsAProblemOfOurs() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        headers.setBasicAuth(TestUsers.INTEGRATOR, TestUsers.PASSWORD);

        ResponseEntity<String> response = http.exchange("/api/tickets", HttpMethod.POST,
                new HttpEntity<>("hello", headers), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertThat(response.getBody()).contains("urn:ticketflow:problem:").doesNotContain("about:blank");
    }
}
