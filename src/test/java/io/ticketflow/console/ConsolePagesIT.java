package io.ticketflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The console's pages over HTTP with a logged-in browser session: the queue and the ticket page show the right data
 * in the browser's language, escape what customers typed, and act through the same permissions as the API.
 */
class ConsolePagesIT extends ApiIntegrationTest {

    @Test
    void theQueueAndTheTicketPageShowTheTicketEscapingWhatTheCustomerTyped() {
        Map<String, Object> fixture = TicketFixture.repairTicketInTheEast();
        fixture.put("subject", "<script>alert('subject')</script> Washer");
        fixture.put("description", "<img src=x onerror=alert('description')>");
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) fixture.get("customer");
        customer.put("name", "<b onmouseover=alert('name')>Mallory</b>");
        JsonNode ticket = createTicket(fixture);
        long id = ticket.get("id").asLong();
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes", Map.of("message", "<svg onload=alert('note')>"));
        BrowserSession agent = BrowserSession.login(http, TestUsers.AGENT_EAST);

        String queue = agent.page("/console/queue", "en").getBody();
        ResponseEntity<String> page = agent.page("/console/tickets/" + id, "en");

        assertThat(queue).contains(ticket.get("number").asText()).contains("&lt;script&gt;alert(&#39;subject&#39;)")
                .doesNotContain("<script>alert");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("&lt;img src=x onerror=alert(&#39;description&#39;)&gt;",
                "&lt;b onmouseover=alert(&#39;name&#39;)&gt;Mallory&lt;/b&gt;",
                "&lt;svg onload=alert(&#39;note&#39;)&gt;")
                .doesNotContain("<img src=x", "<b onmouseover", "<svg onload", "<script>alert");
        assertThat(agent.page("/console/tickets/" + id, "zh-CN,zh;q=0.9").getBody()).contains("处理记录", "回复客户");
    }

    @Test
    void anAgentClaimsRepliesAndResolvesFromTheTicketPage() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);
        BrowserSession agent = BrowserSession.login(http, TestUsers.AGENT_EAST);
        String page = "/console/tickets/" + id;

        ResponseEntity<String> claimed = agent.submit(page, page + "/claim", fields("taskId", task));
        ResponseEntity<String> replied = agent.submit(page, page + "/reply", fields("message", "On my way."));
        ResponseEntity<String> blank = agent.submit(page, page + "/reply", fields("message", "  "));
        ResponseEntity<String> resolved = agent.submit(page, page + "/resolve", fields("taskId", task));

        assertThat(claimed.getHeaders().getLocation().toString()).endsWith("?done=claimed");
        assertThat(replied.getHeaders().getLocation().toString()).endsWith("?done=replied");
        assertThat(blank.getHeaders().getLocation().toString()).doesNotContain("done=", "error");
        assertThat(resolved.getHeaders().getLocation().toString()).endsWith("?done=resolved");
        JsonNode ticket = get(TestUsers.AGENT_EAST, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(ticket.get("timeline").findValuesAsText("detail")).containsOnlyOnce("On my way.");
    }

    @Test
    void aDepartmentAnswersItsStepsOwnFormWithItsFieldsChecked() {
        Map<String, Object> complaint = TicketFixture.ticket("WEB", "COMPLAINT", "EAST", "STANDARD");
        long id = createTicket(complaint).get("id").asLong();
        String triage = taskOf(TestUsers.AGENT_VIP, id);
        post(TestUsers.AGENT_VIP, "/api/tasks/" + triage + "/claim", null);
        BrowserSession agent = BrowserSession.login(http, TestUsers.AGENT_VIP);
        String page = "/console/tickets/" + id;
        String form = agent.page(page, "en").getBody();

        MultiValueMap<String, String> bad = fields("taskId", triage);
        bad.add("f.refundAmount", "lots");
        ResponseEntity<String> refused = agent.submit(page, page + "/complete", bad);
        MultiValueMap<String, String> answer = fields("taskId", triage);
        answer.add("f.needsWarehouse", "true");
        answer.add("f.refundAmount", "0");
        ResponseEntity<String> done = agent.submit(page, page + "/complete", answer);

        assertThat(form).contains("name=\"f.needsWarehouse\"", "name=\"f.refundAmount\"");
        assertThat(refused.getHeaders().getLocation().toString()).doesNotContain("done=", "error");
        assertThat(done.getHeaders().getLocation().toString()).endsWith("?done=completed");
        assertThat(get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("timeline").findValuesAsText("event"))
                .contains("STEP_DONE");
    }

    @Test
    void aCannedReplyIsFilledInForTheTicketInTheReplyBox() {
        String code = "console-" + UUID.randomUUID().toString().substring(0, 8);
        call(TestUsers.SUPERVISOR, HttpMethod.PUT, "/api/macros/" + code,
                Map.of("title", "Greeting", "body", "Dear ${customerName}, about ${ticketNumber}:"));
        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        BrowserSession agent = BrowserSession.login(http, TestUsers.AGENT_EAST);

        String page = agent.page("/console/tickets/" + ticket.get("id").asLong() + "?macro=" + code, "en")
                .getBody();

        assertThat(page).contains("Dear Test Customer, about " + ticket.get("number").asText() + ":</textarea>")
                .contains("<option value=\"" + code + "\">Greeting</option>");
    }

    @Test
    void anotherRegionsAgentCannotOpenOrActOnTheTicket() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        BrowserSession north = BrowserSession.login(http, TestUsers.AGENT_NORTH);

        assertThat(north.page("/console/tickets/" + id, "en").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(north.submit("/console/queue", "/console/tickets/" + id + "/reply", fields("message", "hi"))
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("timeline").findValuesAsText("event"))
                .doesNotContain("REPLIED");
    }

    @Test
    void aRefusedActionSaysWhyOnceAndTheConsoleIsForStaffWhoWorkTickets() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        BrowserSession agent = BrowserSession.login(http, TestUsers.AGENT_EAST);
        String page = "/console/tickets/" + id;
        MultiValueMap<String, String> sneaky = fields("taskId", taskOf(TestUsers.AGENT_EAST, id));
        sneaky.add("comment", "Fixed\u001b[31m\u0000");
        agent.submit(page, page + "/claim", fields("taskId", taskOf(TestUsers.AGENT_EAST, id)));

        agent.submit(page, page + "/resolve", sneaky);

        assertThat(agent.page(page, "en").getBody()).contains("Not done:", "control characters");
        assertThat(agent.page(page, "en").getBody()).doesNotContain("Not done:");
        assertThat(agent.page(page + "?error=Your+session+expired", "en").getBody())
                .doesNotContain("Your session expired");
        assertThat(get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("status").asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(BrowserSession.login(http, TestUsers.INTEGRATOR).page(page, "en").getStatusCode())
                .as("the API gives integrators no public replies; nor does the console")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(BrowserSession.login(http, TestUsers.ANALYST).page("/console/queue", "en").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theConsoleNeedsALoginAndTheLoginPageNamesNoDemoUsersOutsideTheDemo() {
        ResponseEntity<String> anonymous = http.withRedirects(Redirects.DONT_FOLLOW)
                .getForEntity("/console/queue", String.class);
        assertThat(anonymous.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(http.getForEntity("/login", String.class).getBody()).contains("name=\"username\"")
                .doesNotContain("Demo users", "演示用户");
    }

    private static MultiValueMap<String, String> fields(String name, String value) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add(name, value);
        return fields;
    }
}
