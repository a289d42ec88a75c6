package io.ticketflow.dispatch;

import io.ticketflow.security.Groups;
import io.ticketflow.security.Roles;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.ServedRegions;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data dispatch works on: teams and how they take work, service stations, and agents' dispatch profiles. Saving
 * replaces what was there (idempotent); a team saved here also exists as a Camunda group. An agent's profile region
 * is also a region they serve, whose tickets they see.
 */
@Service
public class DispatchDirectory implements ServedRegions {

    private final DispatchMapper mapper;
    private final Dispatcher dispatcher;
    private final TicketService tickets;
    private final IdentityService identityService;
    private final Clock clock;

    DispatchDirectory(DispatchMapper mapper, Dispatcher dispatcher, TicketService tickets,
            IdentityService identityService, Clock clock) {
        this.mapper = mapper;
        this.dispatcher = dispatcher;
        this.tickets = tickets;
        this.identityService = identityService;
        this.clock = clock;
    }

    public List<Team> teams() {
        return mapper.findAllTeams();
    }

    @Transactional
    public Team saveTeam(String groupId, String name, String region, boolean directAssignment) {
        Groups.ensure(identityService, groupId, name, Roles.TEAM_GROUP_TYPE);
        Team team = new Team(groupId, name, region, directAssignment, clock.instant());
        if (mapper.updateTeam(team) == 0) {
            mapper.insertTeam(team);
        }
        return team;
    }

    public List<ServiceStation> stations() {
        return mapper.findAllStations();
    }

    @Transactional
    public ServiceStation saveStation(String code, String name, String region, StationKind kind, double latitude,
            double longitude) {
        ServiceStation station = new ServiceStation(code, name, region, kind, latitude, longitude, clock.instant());
        if (mapper.updateStation(station) == 0) {
            mapper.insertStation(station);
        }
        return station;
    }

    /** Every agent with a dispatch profile, with skills and current open tickets. */
    @Transactional(readOnly = true)
    public List<AgentProfile> agents() {
        return profiles(mapper.findAllAgents());
    }

    @Transactional(readOnly = true)
    public AgentProfile agent(String userId) {
        return findAgent(userId).orElseThrow(() -> new NotFoundException("Agent dispatch profile", userId));
    }

    /** The agent's dispatch profile; empty for people dispatch does not know (the company's desk staff, say). */
    @Transactional(readOnly = true)
    public Optional<AgentProfile> findAgent(String userId) {
        return profiles(mapper.findAgents(List.of(userId))).stream().findFirst();
    }

    /** The region of the agent's dispatch profile: the tickets of that region are theirs to see (TicketScope). */
    @Override
    public Optional<String> dispatchRegionOf(String userId) {
        return mapper.findAgentRegion(userId);
    }

    @Transactional
    public AgentProfile saveAgent(String userId, String region, String stationCode, boolean onDuty, int capacity,
            Set<String> skills) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new NotFoundException("User", userId);
        }
        if (stationCode != null && mapper.findStation(stationCode).isEmpty()) {
            throw new InvalidFieldException("station", "there is no station " + stationCode);
        }
        if (mapper.updateAgent(userId, region, stationCode, onDuty, capacity, clock.instant()) == 0) {
            mapper.insertAgent(userId, region, stationCode, onDuty, capacity, clock.instant());
        }
        mapper.deleteSkills(userId);
        new TreeSet<>(skills).forEach(skill -> mapper.insertSkill(new AgentSkill(userId, skill)));
        return agent(userId);
    }

    /** Starts or ends a shift: only on-duty agents are dispatched to. */
    @Transactional
    public AgentProfile setDuty(String userId, boolean onDuty) {
        if (mapper.updateDuty(userId, onDuty, clock.instant()) == 0) {
            throw new NotFoundException("Agent dispatch profile", userId);
        }
        return agent(userId);
    }

    private List<AgentProfile> profiles(List<AgentRow> rows) {
        List<String> userIds = rows.stream().map(AgentRow::getUserId).toList();
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> skills = dispatcher.skillsOf(userIds);
        Map<String, Integer> load = tickets.openTicketsOf(userIds);
        return rows.stream().map(r -> new AgentProfile(r.getUserId(), r.getRegion(), r.getStationCode(),
                r.getStationName(), r.isOnDuty(), r.getCapacity(), load.getOrDefault(r.getUserId(), 0),
                skills.getOrDefault(r.getUserId(), List.of()), r.getUpdatedAt())).toList();
    }
}
