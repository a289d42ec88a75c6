package io.ticketflow.presales;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Pre-sales → after-sales over HTTP: an inquiry is linked to the customer's opportunity (or opens one); when the
 * opportunity is won — by an integrator or by the consultant — one after-sales ticket starts by itself for the
 * after-sales team, continuing the pre-sales ticket with its history, however often the won event arrives.
 */
class AfterSalesHandoffIT extends ApiIntegrationTest {

    @Test
    void anIntegratorMarksTheOpportunityWonTwiceAtOnceAndOneAfterSalesTicketAppearsForTheInstallationTeam()
            throws Exception {
        String email = "buyer-" + UUID.randomUUID() + "@example.com";
        String opportunity = "OPP-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(putOpportunity(opportunity, email, "OPEN").getStatusCode()).isEqualTo(HttpStatus.OK);
        long presales = createTicket(inquiry(email)).get("id").asLong();
        assertThat(ticket(presales).get("opportunityId").asText()).isEqualTo(opportunity);

        CompletableFuture<ResponseEntity<JsonNode>> first = CompletableFuture.supplyAsync(
                () -> putOpportunity(opportunity, email, "WON"));
        CompletableFuture<ResponseEntity<JsonNode>> second = CompletableFuture.supplyAsync(
                () -> putOpportunity(opportunity, email, "WON"));
        assertThat(first.get().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.get().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(putOpportunity(opportunity, email, "WON").getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Long> afterSales = jdbc.queryForList("select id from tf_ticket where parent_ticket_id = ?", Long.class,
                presales);
        assertThat(afterSales).hasSize(1);
        JsonNode ticket = ticket(afterSales.get(0));
        assertThat(ticket.get("category").asText()).isEqualTo("INSTALLATION");
        assertThat(ticket.get("assignedGroup").asText()).isEqualTo("installation");
        assertThat(ticket.get("opportunityId").asText()).isEqualTo(opportunity);
        assertThat(ticket.get("customer").get("id").asLong())
                .isEqualTo(ticket(presales).get("customer").get("id").asLong());
        JsonNode continues = ticket.get("details").get("continues");
        assertThat(continues.get("ticketId").asLong()).isEqualTo(presales);
        assertThat(events(continues.get("timeline"))).anySatisfy(e -> assertThat(e).startsWith("CREATED"));
        assertThat(events(ticket(presales).get("timeline"))).anySatisfy(e -> assertThat(e)
                .startsWith("HANDED_OVER opportunity " + opportunity + " won; after-sales ticket"));
        assertThat(ticket(presales).get("status").asText()).as("the inquiry ended when the opportunity was won")
                .isEqualTo("CLOSED");
    }

    @Test
    void theConsultantWinsAnInquiryWithoutOpportunityAndTheAfterSalesJourneyStarts() {
        long presales = createTicket(inquiry("walk-in-" + UUID.randomUUID() + "@example.com")).get("id").asLong();
        String number = ticket(presales).get("number").asText();
        assertThat(ticket(presales).get("opportunityId").asText()).isEqualTo(number);

        complete(presales, Map.of("qualified", true, "interest", "TEST_DRIVE"), null);
        complete(presales, Map.of("quoteAmount", 289_000), "WON");

        assertThat(ticket(presales).get("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from tf_opportunity where external_id = ?", String.class,
                number)).isEqualTo("WON");
        assertThat(jdbc.queryForList("select id from tf_ticket where parent_ticket_id = ?", Long.class, presales))
                .hasSize(1);
    }

    @Test
    void aLostOpportunityNeedsItsReasonAndStartsNothing() {
        long presales = createTicket(inquiry("browser-" + UUID.randomUUID() + "@example.com")).get("id").asLong();
        complete(presales, Map.of("qualified", true, "interest", "PRODUCT_QUESTION"), null);

        String task = taskOf(TestUsers.SALES_AGENT, presales);
        ResponseEntity<JsonNode> noReason = post(TestUsers.SALES_AGENT, "/api/tasks/" + task + "/complete",
                Map.of("outcome", "LOST"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().toString()).contains("lostReason");
        assertThat(ticket(presales).get("status").asText()).isEqualTo("IN_PROGRESS");

        complete(presales, Map.of("lostReason", "Bought a competitor's car"), "LOST");
        assertThat(ticket(presales).get("status").asText()).isEqualTo("CLOSED");
        assertThat(events(ticket(presales).get("timeline"))).anySatisfy(e -> assertThat(e)
                .startsWith("OPPORTUNITY_LOST").endsWith("lost: Bought a competitor's car"));
        assertThat(jdbc.queryForList("select id from tf_ticket where parent_ticket_id = ?", Long.class, presales))
                .isEmpty();
    }

    @Test
    void anOpportunityKeepsItsCustomer() {
        String opportunity = "OPP-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(putOpportunity(opportunity, "first-" + UUID.randomUUID() + "@example.com", "OPEN")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> hijack = putOpportunity(opportunity, "other-" + UUID.randomUUID() + "@example.com",
                "WON");

        assertThat(hijack.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject("select status from tf_opportunity where external_id = ?", String.class,
                opportunity)).isEqualTo("OPEN");
    }

    private ResponseEntity<JsonNode> putOpportunity(String id, String email, String status) {
        return call(TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/opportunities/" + id, Map.of(
                "customer", Map.of("name", "Car Buyer", "email", email, "tier", "STANDARD"),
                "title", "Test drive: SUV X5", "stage", "WON".equals(status) ? "won" : "test drive",
                "status", status, "amount", 289000));
    }

    private static Map<String, Object> inquiry(String email) {
        Map<String, Object> ticket = TicketFixture.ticket("WECOM", "PRESALES", "EAST", "STANDARD");
        Map<String, Object> customer = new HashMap<>(castMap(ticket.get("customer")));
        customer.put("email", email);
        ticket.put("customer", customer);
        ticket.put("subject", "Test drive for the SUV X5 on Saturday?");
        return ticket;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private void complete(long ticketId, Map<String, Object> fields, String outcome) {
        String task = taskOf(TestUsers.SALES_AGENT, ticketId);
        assertThat(task).isNotNull();
        Map<String, Object> body = new HashMap<>();
        body.put("fields", fields);
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        ResponseEntity<JsonNode> done = post(TestUsers.SALES_AGENT, "/api/tasks/" + task + "/complete", body);
        assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode ticket(long id) {
        return get(TestUsers.ADMIN, "/api/tickets/" + id).getBody();
    }

    private static List<String> events(JsonNode timeline) {
        List<String> events = new ArrayList<>();
        timeline.forEach(e -> events.add(e.get("event").asText() + " " + e.path("detail").asText()));
        return events;
    }
}
