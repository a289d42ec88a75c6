package io.ticketflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The hotline page: the caller recognised by their number with their earlier tickets, then a phone ticket. */
class HotlineIT extends ApiIntegrationTest {

    @Test
    void theCallerIsRecognisedWithTheirHistoryBeforeTheTicketIsOpened() {
        String phone = "138" + ThreadLocalRandom.current().nextInt(1000_0000, 9999_9999);
        Map<String, Object> earlier = TicketFixture.repairTicketInTheEast();
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) earlier.get("customer");
        customer.put("phone", phone);
        customer.put("name", "Zhou <Hui>");
        JsonNode first = createTicket(earlier);
        BrowserSession agent = BrowserSession.login(http, TestUsers.AGENT_EAST);

        String page = agent.page("/console/hotline?phone=" + phone, "en").getBody();
        MultiValueMap<String, String> call = new LinkedMultiValueMap<>();
        call.add("phone", phone);
        call.add("name", "Zhou Hui");
        call.add("region", "EAST");
        call.add("category", "REPAIR");
        call.add("subject", "Washer leaks again");
        call.add("description", "Same leak as last month.");
        ResponseEntity<String> opened = agent.submit("/console/hotline?phone=1", "/console/hotline", call);
        MultiValueMap<String, String> bad = new LinkedMultiValueMap<>(call);
        bad.set("phone", "call me");
        ResponseEntity<String> refused = agent.submit("/console/hotline?phone=1", "/console/hotline", bad);

        assertThat(page).contains("Zhou &lt;Hui&gt;", first.get("number").asText());
        assertThat(opened.getStatusCode().is3xxRedirection()).isTrue();
        long id = Long.parseLong(opened.getHeaders().getLocation().getPath().replaceAll(".*/", ""));
        JsonNode ticket = get(TestUsers.AGENT_EAST, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("channel").asText()).isEqualTo("PHONE");
        assertThat(ticket.get("customer").get("id").asLong()).as("the same caller")
                .isEqualTo(first.get("customer").get("id").asLong());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("phone: must be a phone number");
        MultiValueMap<String, String> applicationOnly = new LinkedMultiValueMap<>(call);
        applicationOnly.set("category", "MAINTENANCE_OFFER");
        assertThat(agent.submit("/console/hotline?phone=1", "/console/hotline", applicationOnly).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
