package io.ticketflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and form of the console and the status page, called by every kind of caller with a browser session
 * and its CSRF token — the console's twin of AccessMatrixIT — and every such mapping has its row. Bad input in a
 * path is a 4xx Problem Details, never a 500.
 */
class ConsoleAccessMatrixIT extends ApiIntegrationTest {

    private static final String MATRIX = "/security/console-access-matrix.csv";
    private static final List<String> CALLERS = List.of("anonymous", "agent", "otherRegionAgent", "supervisor",
            "analyst", "integrator", "admin");
    private static final Map<String, String> USERS = Map.of("agent", TestUsers.AGENT_EAST, "otherRegionAgent",
            TestUsers.AGENT_NORTH, "supervisor", TestUsers.SUPERVISOR, "analyst", TestUsers.ANALYST,
            "integrator", TestUsers.INTEGRATOR, "admin", TestUsers.ADMIN);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyPageAndFormAnswersEachCallerAsTheMatrixSays() throws IOException {
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        Map<String, String> fixtures = Map.of("{id}", ticket.get("id").asText(), "{number}",
                ticket.get("number").asText(), "{key}", "TicketLifecycleProcess", "{elementId}", "Task_HandleTicket");
        Map<String, Session> sessions = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            sessions.put(caller, session(USERS.get(caller)));
        }
        List<String> wrong = new ArrayList<>();
        for (CSVRecord row : matrix()) {
            String path = row.get("path");
            for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
                path = path.replace(fixture.getKey(), fixture.getValue());
            }
            for (String caller : CALLERS) {
                ResponseEntity<String> answer = sessions.get(caller).call(HttpMethod.valueOf(row.get("method")),
                        path.startsWith("/status") ? path + "?token=wrong" : path);
                String got = outcome(answer);
                if (!got.equals(row.get(caller))) {
                    wrong.add(row.get("method") + " " + row.get("path") + " as " + caller + ": expected "
                            + row.get(caller) + ", got " + got);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyMappingOfTheConsoleAndTheStatusPageHasItsRow() throws IOException {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(path -> path.equals("/login") || path.startsWith("/console") || path.startsWith("/status"))
                .filter(path -> !path.endsWith("/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> mapped.add(verb.name() + " " + path))));
        Set<String> rows = new TreeSet<>();
        for (CSVRecord row : matrix()) {
            rows.add(row.get("method") + " " + row.get("path"));
        }
        assertThat(rows).containsAll(mapped);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/console/tickets/abc", "/console/tickets/-1", "/console/tickets/99999999999999999999",
        "/console/journeys/NoSuchJourney", "/console/journeys/TicketLifecycleProcess/steps/%3Cscript%3E",
        "/console/journeys/TicketLifecycleProcess/steps/TicketLifecycleProcess", "/status/nonsense?token=x",
        "/status/TF-2026-000001", "/console/queue?scope=%00&priority=NOPE&region=%3Cb%3E"})
    void badInputInAPathOrQueryIsA4xxNeverA500(String path) {
        ResponseEntity<String> answer = session(TestUsers.ADMIN).call(HttpMethod.GET, path);

        assertThat(answer.getStatusCode().value()).as(path).isLessThan(500);
        assertThat(answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is4xxClientError())
                .as("%s: %s", path, answer.getStatusCode()).isTrue();
    }

    private static String outcome(ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        if (status == 302 && answer.getHeaders().getLocation() != null
                && answer.getHeaders().getLocation().getPath().equals("/login")) {
            return "login";
        }
        return status < 400 ? "ok" : String.valueOf(status);
    }

    /** A browser: its session cookie and CSRF token (from the login page), logged in unless user is null. */
    private record Session(ApiIntegrationTest test, String cookie, String csrf) {

        ResponseEntity<String> call(HttpMethod method, String path) {
            HttpHeaders headers = BrowserSession.browserHeaders(cookie);
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("_csrf", csrf);
            form.add("taskId", "no-such-task");
            form.add("message", "Matrix note");
            form.add("team", "vip-care");
            form.add("reason", "Matrix transfer");
            if (method == HttpMethod.POST) {
                headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
            return ((ConsoleAccessMatrixIT) test).http.withRedirects(Redirects.DONT_FOLLOW).exchange(path, method,
                    new HttpEntity<>(method == HttpMethod.POST ? form : null, headers), String.class);
        }
    }

    private Session session(String user) {
        String cookie = user == null ? null : BrowserSession.login(http, user).cookies();
        ResponseEntity<String> login = http.withRedirects(Redirects.DONT_FOLLOW).exchange("/login", HttpMethod.GET,
                new HttpEntity<>(BrowserSession.browserHeaders(cookie)), String.class);
        if (cookie == null) {
            cookie = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        }
        String csrf = login.getBody().replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        return new Session(this, cookie, csrf);
    }

    private static List<CSVRecord> matrix() throws IOException {
        try (InputStream in = ConsoleAccessMatrixIT.class.getResourceAsStream(MATRIX)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .setIgnoreSurroundingSpaces(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
