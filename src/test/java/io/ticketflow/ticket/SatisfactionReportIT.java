package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Customers' ratings per team and agent over a period, within what the caller may see; bad periods are 400s. */
class SatisfactionReportIT extends ApiIntegrationTest {

    @Test
    void ratingsAreReportedPerTeamAndAgentForTheTicketsTheSupervisorSees() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String period = "/api/reports/satisfaction?from=" + today + "&to=" + today.plusDays(1);
        JsonNode before = row(get(TestUsers.SUPERVISOR, period).getBody(), "repair-east", TestUsers.AGENT_EAST);
        long ratingsBefore = before == null ? 0 : before.get("ratings").asLong();
        long foursBefore = before == null ? 0 : before.get("fours").asLong();

        closeWithRating(4);
        closeWithRating(2);

        JsonNode east = row(get(TestUsers.SUPERVISOR, period).getBody(), "repair-east", TestUsers.AGENT_EAST);
        assertThat(east.get("ratings").asLong()).isEqualTo(ratingsBefore + 2);
        assertThat(east.get("fours").asLong()).isEqualTo(foursBefore + 1);
        assertThat(east.get("average").decimalValue()).isBetween(java.math.BigDecimal.ONE,
                java.math.BigDecimal.valueOf(5));
        assertThat(row(get(TestUsers.SUPERVISOR_NORTH, period).getBody(), "repair-east", TestUsers.AGENT_EAST))
                .as("a northern supervisor does not see the eastern team's ratings").isNull();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrSpansMoreThanAYearIsRefused() {
        ResponseEntity<JsonNode> backwards = get(TestUsers.SUPERVISOR,
                "/api/reports/satisfaction?from=2026-12-10&to=2026-12-01");
        ResponseEntity<JsonNode> tooLong = get(TestUsers.SUPERVISOR,
                "/api/reports/satisfaction?from=2020-01-01&to=2026-01-01");
        ResponseEntity<JsonNode> notADate = get(TestUsers.SUPERVISOR,
                "/api/reports/satisfaction?from=yesterday&to=2026-01-01");

        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().toString()).contains("\"to\"");
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notADate.getBody().toString()).contains("from");
        assertThat(get(TestUsers.AGENT_EAST, "/api/reports/satisfaction?from=2026-12-01&to=2026-12-02")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void closeWithRating(int rating) {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String task = taskOf(TestUsers.AGENT_EAST, id);
        assertThat(post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/confirmation",
                Map.of("accepted", true, "rating", rating)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static JsonNode row(JsonNode rows, String team, String assignee) {
        for (JsonNode row : rows) {
            if (team.equals(row.path("team").asText()) && assignee.equals(row.path("assignee").asText())) {
                return row;
            }
        }
        return null;
    }
}
