package io.ticketflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Teams, stations and agents' profiles over {@code /api/dispatch}: who may change what, and bad input. */
class DispatchDirectoryApiIT extends ApiIntegrationTest {

    private static final Map<String, Object> PUDONG = Map.of("name", "Pudong test station", "region", "EAST",
            "kind", "STATION", "latitude", 31.2215, "longitude", 121.5447);

    @Test
    void anAdminSetsUpATeamAStationAndAnAgentProfile() {
        ResponseEntity<JsonNode> team = put(TestUsers.ADMIN, "/api/dispatch/teams/field-east-it",
                Map.of("name", "Field East", "region", "EAST", "directAssignment", true));
        ResponseEntity<JsonNode> station = put(TestUsers.ADMIN, "/api/dispatch/stations/IT-PUDONG", PUDONG);
        ResponseEntity<JsonNode> agent = put(TestUsers.SUPERVISOR, "/api/dispatch/agents/" + TestUsers.AGENT_EAST_2,
                Map.of("region", "EAST", "station", "IT-PUDONG", "onDuty", true, "capacity", 5,
                        "skills", List.of("repair", "installation")));

        assertThat(team.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(team.getBody().get("directAssignment").asBoolean()).isTrue();
        assertThat(station.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(agent.getBody().get("stationName").asText()).isEqualTo("Pudong test station");
        assertThat(agent.getBody().get("skills")).extracting(JsonNode::asText)
                .containsExactly("installation", "repair");
        assertThat(get(TestUsers.AGENT_EAST, "/api/dispatch/teams").getBody())
                .extracting(t -> t.get("groupId").asText()).contains("field-east-it");
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_GROUP where ID_ = 'field-east-it'", Long.class))
                .as("the team is a Camunda group too").isOne();
    }

    @Test
    void anAgentStartsAndEndsTheirOwnShiftButNotSomeoneElses() {
        put(TestUsers.SUPERVISOR, "/api/dispatch/agents/" + TestUsers.AGENT_EAST,
                Map.of("onDuty", true, "capacity", 5, "skills", List.of("repair")));

        ResponseEntity<JsonNode> own = put(TestUsers.AGENT_EAST, "/api/dispatch/agents/" + TestUsers.AGENT_EAST
                + "/duty", Map.of("onDuty", false));
        ResponseEntity<JsonNode> other = put(TestUsers.AGENT_VIP, "/api/dispatch/agents/" + TestUsers.AGENT_EAST
                + "/duty", Map.of("onDuty", true));

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().get("onDuty").asBoolean()).isFalse();
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select on_duty from tf_agent where user_id = ?", Boolean.class,
                TestUsers.AGENT_EAST)).isFalse();
    }

    @Test
    void badProfilesAreRefusedNamingTheFieldAndChangeNothing() {
        String path = "/api/dispatch/agents/" + TestUsers.AGENT_VIP;

        ResponseEntity<JsonNode> badSkill = put(TestUsers.ADMIN, path,
                Map.of("onDuty", true, "capacity", 5, "skills", List.of("Repair Work")));
        ResponseEntity<JsonNode> negative = put(TestUsers.ADMIN, path,
                Map.of("onDuty", true, "capacity", -1, "skills", List.of()));
        ResponseEntity<JsonNode> noStation = put(TestUsers.ADMIN, path,
                Map.of("station", "NOWHERE", "onDuty", true, "capacity", 5, "skills", List.of()));
        ResponseEntity<JsonNode> noUser = put(TestUsers.ADMIN, "/api/dispatch/agents/nobodyAtAll",
                Map.of("onDuty", true, "capacity", 5, "skills", List.of()));
        ResponseEntity<JsonNode> badStation = put(TestUsers.ADMIN, "/api/dispatch/stations/IT-BAD",
                Map.of("name", "Off the map", "region", "EAST", "kind", "STATION", "latitude", 91,
                        "longitude", 0));

        assertThat(badSkill.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badSkill.getBody().toString()).contains("skills");
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().toString()).contains("capacity");
        assertThat(noStation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noStation.getBody().toString()).contains("there is no station NOWHERE");
        assertThat(noUser.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(badStation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStation.getBody().toString()).contains("latitude");
        assertThat(jdbc.queryForObject("select count(*) from tf_agent where user_id in (?, 'nobodyAtAll')",
                Long.class, TestUsers.AGENT_VIP)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tf_service_station where code = 'IT-BAD'",
                Long.class)).isZero();
    }

    private ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return call(user, HttpMethod.PUT, path, body);
    }
}
