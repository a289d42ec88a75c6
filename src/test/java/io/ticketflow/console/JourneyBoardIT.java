package io.ticketflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The supervisor's journey board: the lifecycle drawn from its own layout with the open tickets on the handling
 * step, the step red once a ticket there missed its target, and a click listing the step's tickets.
 */
class JourneyBoardIT extends ApiIntegrationTest {

    @Test
    void aBreachedTicketLightsItsStepRedAndTheStepListsItsTickets() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String number = jdbc.queryForObject("select ticket_number from tf_ticket where id = ?", String.class, id);
        String element = jdbc.queryForObject("select element_id from tf_ticket_step where ticket_id = ? and status"
                + " = 'OPEN'", String.class, id);
        BrowserSession supervisor = BrowserSession.login(http, TestUsers.SUPERVISOR);

        String before = supervisor.page("/console/journeys/TicketLifecycleProcess", "en").getBody();
        jdbc.update("update tf_ticket set sla_breached = true where id = ?", id);
        String after = supervisor.page("/console/journeys/TicketLifecycleProcess", "en").getBody();
        String step = supervisor.page("/console/journeys/TicketLifecycleProcess/steps/" + element, "en").getBody();

        assertThat(before).contains("<svg", "data-element=\"" + element + "\"", "<polyline class=\"flow\"");
        assertThat(after).contains("class=\"task step late\" data-element=\"" + element + "\"");
        assertThat(step).contains(number).contains("<tr class=\"red\"");
        assertThat(BrowserSession.login(http, TestUsers.AGENT_EAST).page("/console/journeys/TicketLifecycleProcess",
                "en").getStatusCode()).as("supervisors' board").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(supervisor.page("/console/journeys/NoSuchJourney", "en").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String dashboard = supervisor.page("/console/dashboard", "en").getBody();
        assertThat(dashboard).contains("Backlog by team", "<td>repair-east</td>", "data-labels=\"[");
        assertThat(BrowserSession.login(http, TestUsers.AGENT_EAST).page("/console/dashboard", "en")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
