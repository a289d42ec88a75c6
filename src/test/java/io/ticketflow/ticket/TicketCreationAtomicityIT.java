package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.routing.NoRouteFoundException;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The ticket row, its customer, its timeline and its process start commit together or not at all. */
class TicketCreationAtomicityIT extends ApiIntegrationTest {

    @Autowired
    private HistoryService historyService;

    private long tickets;
    private long customers;
    private long events;
    private long processInstances;

    @BeforeEach
    void countEverything() {
        tickets = count("tf_ticket");
        customers = count("tf_customer");
        events = count("tf_ticket_event");
        processInstances = historyService.createHistoricProcessInstanceQuery().count();
    }

    @Test
    void aRoutingTableWithoutAMatchingRowRefusesTheTicketAndLeavesNothingBehind() {
        doThrow(new NoRouteFoundException("routing-team", "serviceLine=repair"))
                .when(router).route(any());

        ResponseEntity<JsonNode> response = post(TestUsers.INTEGRATOR, "/api/tickets",
                TicketFixture.repairTicketInTheEast());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("detail").asText()).contains("default row");
        assertNothingWritten();
    }

    @Test
    void aTechnicalFailureDuringRoutingLeavesNothingBehindAndShowsNoStackTrace() {
        doThrow(new IllegalStateException("rule base exploded")).when(router).route(any());

        ResponseEntity<JsonNode> response = post(TestUsers.INTEGRATOR, "/api/tickets",
                TicketFixture.repairTicketInTheEast());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getBody().toString()).doesNotContain("exploded", "at io.ticketflow");
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(count("tf_ticket")).isEqualTo(tickets);
        assertThat(count("tf_customer")).isEqualTo(customers);
        assertThat(count("tf_ticket_event")).isEqualTo(events);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(processInstances);
    }
}
