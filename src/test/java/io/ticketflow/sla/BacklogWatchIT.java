package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.security.Groups;
import io.ticketflow.security.Roles;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Backlog alarms: one alarm per crossing, re-armed only below the lower threshold (defaults 50 / 40). */
class BacklogWatchIT extends ApiIntegrationTest {

    @Autowired
    private BacklogWatch watch;

    @Autowired
    private IdentityService identityService;

    @Test
    void raisesOnceTellsTheSupervisorsAndReArmsOnlyBelowTheLowerThreshold() {
        String team = "backlog-" + UUID.randomUUID().toString().substring(0, 8);
        Groups.ensure(identityService, team, team, Roles.TEAM_GROUP_TYPE);
        identityService.createMembership(TestUsers.SUPERVISOR, team);

        assertThat(watch.check(team, 49)).isEqualTo(BacklogAlarm.NONE);
        assertThat(watch.check(team, 50)).isEqualTo(BacklogAlarm.RAISE);
        assertThat(watch.check(team, 70)).isEqualTo(BacklogAlarm.NONE);
        assertThat(watch.check(team, 45)).isEqualTo(BacklogAlarm.NONE);
        assertThat(alarmsFor(team)).isEqualTo(1);

        assertThat(watch.check(team, 39)).isEqualTo(BacklogAlarm.CLEAR);
        assertThat(watch.check(team, 52)).isEqualTo(BacklogAlarm.RAISE);
        assertThat(alarmsFor(team)).isEqualTo(2);
    }

    @Test
    void countsEveryTeamsOpenTickets() {
        createTicket(TicketFixture.repairTicketInTheEast());

        watch.checkAllTeams();

        assertThat(jdbc.queryForObject("select count(*) from tf_backlog_alarm where assigned_group = 'repair-east'",
                Long.class)).isOne();
    }

    private long alarmsFor(String team) {
        JsonNode alarms = get(TestUsers.SUPERVISOR, "/api/notifications?kind=BACKLOG_ALARM&limit=1000").getBody();
        long count = 0;
        for (JsonNode alarm : alarms) {
            if (alarm.get("subject").asText().contains(team + " has")) {
                assertThat(alarm.get("recipientUser").asText()).isEqualTo(TestUsers.SUPERVISOR);
                count++;
            }
        }
        return count;
    }
}
