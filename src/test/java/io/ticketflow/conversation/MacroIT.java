package io.ticketflow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Canned replies: versioned by supervisors, filled in by agents for tickets they may see. */
class MacroIT extends ApiIntegrationTest {

    @Test
    void supervisorsVersionMacrosAndAgentsFillThemInForTheirTickets() {
        String code = "thanks-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/macros/" + code;
        assertThat(put(TestUsers.SUPERVISOR, path, "Thanks", "Dear ${customerName}, thank you.").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode second = put(TestUsers.SUPERVISOR, path, "Thanks",
                "Dear ${customerName}, about ${ticketNumber}: follow it at ${statusUrl} — ${agentName}").getBody();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(put(TestUsers.AGENT_EAST, path, "Mine", "Hi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknown = put(TestUsers.SUPERVISOR, path, "Bad", "Hi ${password}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().toString()).contains("body", "password");

        JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
        long id = ticket.get("id").asLong();
        String filled = get(TestUsers.AGENT_EAST, path + "/filled?ticketId=" + id).getBody().get("text").asText();

        assertThat(filled).startsWith("Dear Test Customer, about " + ticket.get("number").asText() + ": ")
                .contains("/status/" + ticket.get("number").asText() + "?token=", "— " + TestUsers.AGENT_EAST);
        assertThat(get(TestUsers.AGENT_NORTH, path + "/filled?ticketId=" + id).getStatusCode())
                .as("not their ticket").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(TestUsers.AGENT_EAST, "/api/macros").getBody().findValuesAsText("code")).contains(code);

        assertThat(post(TestUsers.SUPERVISOR, path + "/retire", null).getBody().get("version").asInt()).isEqualTo(3);
        assertThat(get(TestUsers.AGENT_EAST, "/api/macros").getBody().findValuesAsText("code")).doesNotContain(code);
        assertThat(get(TestUsers.AGENT_EAST, path + "/versions").getBody().findValuesAsText("version"))
                .containsExactly("3", "2", "1");
        assertThat(get(TestUsers.AGENT_EAST, path + "/versions/1").getBody().get("body").asText())
                .isEqualTo("Dear ${customerName}, thank you.");
        assertThat(get(TestUsers.AGENT_EAST, path + "/filled?ticketId=" + id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> put(String user, String path, String title, String body) {
        return call(user, HttpMethod.PUT, path, Map.of("title", title, "body", body));
    }
}
