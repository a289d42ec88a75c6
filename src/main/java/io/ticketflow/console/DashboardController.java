package io.ticketflow.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.sla.BacklogWatch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisor's dashboard: the backlog of the teams they lead, as a chart (ECharts) and the table behind it,
 * with the teams whose backlog alarm is raised marked. Counted by one grouped read of the open tickets' status
 * index; a supervisor sees their own teams, an admin all.
 */
@Controller
class DashboardController {

    private final BacklogWatch backlog;
    private final ObjectMapper mapper;

    DashboardController(BacklogWatch backlog, ObjectMapper mapper) {
        this.backlog = backlog;
        this.mapper = mapper;
    }

    /** Chart data for a data- attribute (Thymeleaf escapes it as an attribute value). */
    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping("/console/dashboard")
    String dashboard(Model model) {
        CurrentUser user = CurrentUser.get();
        List<BacklogWatch.TeamLoad> teams = backlog.openTicketsPerTeam().stream()
                .filter(team -> user.isMemberOf(Roles.ADMIN) || user.groupIds().contains(team.team())).toList();
        model.addAttribute("teams", teams);
        model.addAttribute("chartTeams", json(teams.stream().map(BacklogWatch.TeamLoad::team).toList()));
        model.addAttribute("chartCounts", json(teams.stream().map(BacklogWatch.TeamLoad::openTickets).toList()));
        return "console/dashboard";
    }
}
