package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The public web form: no login, a ticket number and a secret status token, bad input refused field by field. */
class WebFormIT extends ApiIntegrationTest {

    @Test
    void aVisitorSubmitsATicketAndFollowsItWithTheStatusToken() {
        String email = "visitor-" + UUID.randomUUID() + "@example.com";

        ResponseEntity<JsonNode> receipt = post(null, "/api/public/tickets", form(email));

        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = receipt.getBody().get("number").asText();
        String token = receipt.getBody().get("statusToken").asText();
        assertThat(token).hasSizeGreaterThan(20);
        JsonNode ticket = get(TestUsers.ADMIN, "/api/tickets/" + jdbc.queryForObject(
                "select id from tf_ticket where ticket_number = ?", Long.class, number)).getBody();
        assertThat(ticket.get("channel").asText()).isEqualTo("WEB");
        assertThat(ticket.get("createdBy").asText()).isEqualTo("web-form");
        assertThat(ticket.get("category").asText()).as("the channel's default category").isEqualTo("GENERAL");
        long id = ticket.get("id").asLong();
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message",
                "Which model is it?", "awaitCustomer", true));
        assertThat(post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes", Map.of("message",
                "Internal: probably the WM-800 recall")).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(receipt.getBody().get("statusUrl").asText()).as("the customer's status page")
                .isEqualTo("/status/" + number + "?token=" + token);
        ResponseEntity<JsonNode> status = get(null, "/api/public/tickets/" + number + "?token=" + token);
        ResponseEntity<JsonNode> wrongToken = get(null, "/api/public/tickets/" + number + "?token=guess");

        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status.getBody().get("status").asText()).isEqualTo("PENDING_CUSTOMER");
        assertThat(status.getBody().get("updates")).extracting(u -> u.get("event").asText())
                .containsExactly("CREATED", "REPLIED", "AWAITING_CUSTOMER").doesNotContain("ROUTED");
        assertThat(status.getBody().get("updates").get(1).get("text").asText()).isEqualTo("Which model is it?");
        assertThat(status.getBody().toString()).as("an internal note never reaches the customer")
                .doesNotContain("WM-800 recall");
        assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndStoresNothing() {
        String email = "careless-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> bad = form(email);
        bad.put("subject", "");
        bad.put("region", "east");
        bad.put("email", "not-an-address");
        bad.put("description", "x".repeat(4001));

        ResponseEntity<JsonNode> refused = post(null, "/api/public/tickets", bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .contains("subject", "region", "email", "description");
        assertThat(jdbc.queryForObject("select count(*) from tf_customer where email = ?", Long.class, email))
                .isZero();
    }

    @Test
    void theFormNeedsNoLoginButTheRestOfTheApiDoes() {
        assertThat(get(null, "/api/tickets").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(null, "/api/public/tickets", form("open-" + UUID.randomUUID() + "@example.com"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aFormNamingSomeoneElsesPhoneAddsNoAddressOfTheSendersToThatCustomer() {
        String phone = "+86 137 " + (10_000_000 + Math.abs(UUID.randomUUID().hashCode() % 89_999_999));
        Map<String, Object> victim = form(null);
        victim.put("phone", phone);
        String number = post(null, "/api/public/tickets", victim).getBody().get("number").asText();
        long customer = jdbc.queryForObject("select customer_id from tf_ticket where ticket_number = ?", Long.class,
                number);
        Map<String, Object> attacker = form("eve-" + UUID.randomUUID() + "@example.com");
        attacker.put("phone", phone);

        post(null, "/api/public/tickets", attacker);

        assertThat(jdbc.queryForObject("select email from tf_customer where id = ?", String.class, customer))
                .as("the victim's messages still go nowhere but their phone").isNull();
        assertThat(jdbc.queryForObject("select count(*) from tf_customer_identity where customer_id = ? and kind"
                + " = 'EMAIL'", Long.class, customer)).isZero();
    }

    private static Map<String, Object> form(String email) {
        Map<String, Object> form = new HashMap<>();
        form.put("subject", "Where is my warranty card?");
        form.put("description", "I bought a fridge and the box had no warranty card.");
        form.put("region", "EAST");
        form.put("name", "Web Visitor");
        form.put("email", email);
        return form;
    }
}
