package io.ticketflow.dispatch;

import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.security.Roles;
import io.ticketflow.system.BusinessRuleException;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a routed ticket within its team. A team without direct assignment keeps the ticket in its queue. A team with
 * it gets a person: members are ranked ({@link CandidateRanking}), then the best is taken under a lock on their
 * agent row and their open tickets counted again, so two tickets dispatched at the same moment never both push one
 * person over capacity; the next is tried when one filled up meanwhile. Nobody eligible: the ticket stays in the
 * team's queue and the team's supervisors are told.
 */
@Service
public class Dispatcher {

    static final String MODE_QUEUE = "QUEUE";
    static final String MODE_DIRECT = "DIRECT";
    static final String MODE_BY_HAND = "BY_HAND";
    static final String NOTIFICATION_KIND = "DISPATCH_QUEUED";

    private final DispatchMapper mapper;
    private final TicketService tickets;
    private final IdentityService identityService;
    private final Recipients recipients;
    private final MessageTemplates templates;
    private final NotificationOutbox outbox;
    private final NotificationSettings notificationSettings;

    Dispatcher(DispatchMapper mapper, TicketService tickets, IdentityService identityService, Recipients recipients,
            MessageTemplates templates, NotificationOutbox outbox, NotificationSettings notificationSettings) {
        this.mapper = mapper;
        this.tickets = tickets;
        this.identityService = identityService;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.notificationSettings = notificationSettings;
    }

    /** Runs inside the transaction that routes the ticket; the capacity locks are held until it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dispatch dispatch(Ticket ticket, String team, DispatchNeeds needs) {
        String nearest = nearestStation(needs.location());
        Optional<Team> settings = mapper.findTeam(team);
        String teamRegion = settings.map(Team::region).orElse(null);
        if (settings.isEmpty() || !settings.get().directAssignment()) {
            return new Dispatch(team, teamRegion, null, MODE_QUEUE, nearest, List.of(),
                    "left in " + team + "'s queue: the team's members claim their tickets");
        }
        List<String> memberIds = memberIds(team);
        List<CandidateProfile> profiles = profiles(memberIds);
        List<CandidateVerdict> verdicts = new ArrayList<>(CandidateRanking.rank(needs.servedFrom(teamRegion),
                profiles));
        memberIds.stream().filter(id -> profiles.stream().noneMatch(p -> p.userId().equals(id)))
                .forEach(id -> verdicts.add(new CandidateVerdict(id, "has no dispatch profile (skills, duty and "
                        + "capacity unknown)", null, null, 0, 0)));
        for (int i = 0; i < verdicts.size() && verdicts.get(i).eligible(); i++) {
            CandidateVerdict candidate = verdicts.get(i);
            if (takeCapacity(candidate.userId(), ticket.getId())) {
                return new Dispatch(team, teamRegion, candidate.userId(), MODE_DIRECT, nearest, verdicts,
                        "assigned to " + candidate.userId() + " (" + candidate.describe() + "), "
                                + (needs.byDistance() ? "the nearest" : "the least loaded") + " of "
                                + eligibleCount(verdicts) + " eligible in " + team);
            }
            verdicts.set(i, candidate.excluded("reached capacity while this ticket was dispatched"));
        }
        tellSupervisors(ticket, team);
        return new Dispatch(team, teamRegion, null, MODE_DIRECT, nearest, verdicts,
                "nobody in " + team + " could take it (" + verdicts.size()
                        + " members judged), left in the team's queue; its supervisors were told");
    }

    /**
     * A person moves the ticket to one named member of a team. The member must be eligible (on duty, skilled, serving
     * the region, under capacity) when they have a dispatch profile; without one nothing can be checked and the
     * mover's word stands.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dispatch assignTo(Ticket ticket, String team, String userId, DispatchNeeds needs, String actor) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(team).count() == 0) {
            throw new InvalidFieldException("assignee", userId + " is not a member of team " + team);
        }
        String nearest = nearestStation(needs.location());
        String teamRegion = mapper.findTeam(team).map(Team::region).orElse(null);
        List<CandidateProfile> profile = profiles(List.of(userId));
        if (profile.isEmpty()) {
            return new Dispatch(team, teamRegion, userId, MODE_BY_HAND, nearest, List.of(), "given to " + userId
                    + " by " + actor + "; " + userId + " has no dispatch profile, so skills, duty and capacity "
                    + "were not checked");
        }
        CandidateVerdict verdict = CandidateRanking.rank(needs.servedFrom(teamRegion), profile).get(0);
        if (!verdict.eligible()) {
            throw new BusinessRuleException(userId + " cannot take ticket " + ticket.getTicketNumber() + ": "
                    + verdict.exclusion());
        }
        if (!takeCapacity(userId, ticket.getId())) {
            throw new ConflictException(userId + " reached capacity while the ticket was being moved; try again");
        }
        return new Dispatch(team, teamRegion, userId, MODE_BY_HAND, nearest, List.of(verdict),
                "given to " + userId + " by " + actor + " (" + verdict.describe() + ")");
    }

    /** Whether a group is a service team (not a role). */
    public boolean isTeam(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).groupType(Roles.TEAM_GROUP_TYPE).count() > 0;
    }

    /** The region a team serves; empty for a national team or one without dispatch settings. */
    public Optional<String> regionOf(String team) {
        return mapper.findTeam(team).map(Team::region);
    }

    /** Whether the person can take one more ticket now; if so they are booked for it. */
    boolean takeCapacity(String userId, long ticketId) {
        Optional<AgentRow> locked = mapper.lockAgent(userId);
        if (locked.isEmpty() || !locked.get().isOnDuty()
                || tickets.openTicketsOf(List.of(userId)).getOrDefault(userId, 0) >= locked.get().getCapacity()) {
            return false;
        }
        mapper.recordDispatch(userId, ticketId);
        return true;
    }

    private List<String> memberIds(String team) {
        return identityService.createUserQuery().memberOfGroup(team).list().stream().map(User::getId).sorted()
                .toList();
    }

    /** The dispatch profiles of some users with their current load; users without a profile are left out. */
    private List<CandidateProfile> profiles(List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> skills = skillsOf(userIds);
        Map<String, Integer> load = tickets.openTicketsOf(userIds);
        return mapper.findAgents(userIds).stream()
                .map(a -> new CandidateProfile(a.getUserId(), Set.copyOf(skills.getOrDefault(a.getUserId(),
                        List.of())), a.getRegion(), a.getStationName(), a.station(), a.isOnDuty(), a.getCapacity(),
                        load.getOrDefault(a.getUserId(), 0), a.getLastAssignedTicketId()))
                .toList();
    }

    Map<String, List<String>> skillsOf(List<String> userIds) {
        Map<String, List<String>> skills = new HashMap<>();
        mapper.findSkills(userIds).forEach(s -> skills.computeIfAbsent(s.userId(), k -> new ArrayList<>())
                .add(s.skill()));
        return skills;
    }

    private String nearestStation(GeoPoint place) {
        if (place == null) {
            return null;
        }
        return mapper.findAllStations().stream()
                .filter(s -> s.kind() == StationKind.STATION)
                .map(s -> Map.entry(s.name(), s.place().kmTo(place)))
                .min(Map.Entry.comparingByValue())
                .map(s -> String.format(Locale.ROOT, "%s (%.1f km)", s.getKey(), s.getValue()))
                .orElse(null);
    }

    private static long eligibleCount(List<CandidateVerdict> verdicts) {
        return verdicts.stream().filter(CandidateVerdict::eligible).count();
    }

    private void tellSupervisors(Ticket ticket, String team) {
        List<Recipient> people = recipients.resolve(List.of(Recipients.TEAM_SUPERVISORS), team, ticket.getRegion());
        for (Recipient person : people) {
            outbox.enqueue(NOTIFICATION_KIND + ":" + ticket.getId() + ":" + team + ":" + person.userId(),
                    NOTIFICATION_KIND, ticket.getId(), person, templates.render("dispatch-queued", person.language(),
                            Map.of(
                            "recipientName", person.userId(),
                            "ticketNumber", ticket.getTicketNumber(),
                            "subject", ticket.getSubject(),
                            "team", team,
                            "region", ticket.getRegion(),
                            "priority", ticket.getPriority().name(),
                            "link", notificationSettings.publicUrl() + "/api/tickets/" + ticket.getId()
                                    + "/routing")));
        }
    }
}
