package io.ticketflow.support;

import io.ticketflow.dispatch.DispatchDirectory;
import io.ticketflow.security.Groups;
import io.ticketflow.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Users for the integration tests, one per role plus agents of two teams. Created once per database and kept
 * (idempotent), so tests also run against a MariaDB that earlier runs left behind.
 */
public final class TestUsers {

    public static final String PASSWORD = "secret-for-tests";

    /** Agent of repair-east and support-l1. */
    public static final String AGENT_EAST = "agentEast";
    /** Agent of vip-care and complaints. */
    public static final String AGENT_VIP = "agentVip";
    /** Another agent of repair-east, to race {@link #AGENT_EAST}. */
    public static final String AGENT_EAST_2 = "agentEastTwo";
    public static final String SUPERVISOR = "supervisorSue";
    /** Supervisor of repair-north. */
    public static final String SUPERVISOR_NORTH = "supervisorNorthNick";
    public static final String ANALYST = "analystAndy";
    public static final String INTEGRATOR = "integratorIda";
    public static final String ADMIN = "adminAda";
    /** Member of managers-east, told of second-level escalations in the EAST region. */
    public static final String MANAGER_EAST = "managerMia";
    /**
     * Field engineer of repair-north whose dispatch profile serves the NORTH region; off duty without skills, so
     * dispatch never gives them a ticket by itself.
     */
    public static final String ENGINEER_NORTH = "engineerNed";
    /** Agent of repair-north without a dispatch profile, so serving no region. */
    public static final String AGENT_NORTH = "agentNorthNoa";
    public static final String NORTH_REGION = "NORTH";
    /** Department clerks of the complaint journey's steps, an approver, and the warehouse's supervisor. */
    public static final String WAREHOUSE_CLERK = "clerkWarehouseWill";
    public static final String LOGISTICS_CLERK = "clerkLogisticsLiu";
    public static final String FINANCE_CLERK = "clerkFinanceFang";
    public static final String TECHNICAL_DIRECTOR = "directorTang";
    public static final String WAREHOUSE_SUPERVISOR = "supervisorWarehouseWen";
    /** Agent of the complaints team who is also a technical director: may not approve what they triaged. */
    public static final String OWNER_AND_DIRECTOR = "ownerAndDirectorOli";
    /** Agent of the pre-sales team. */
    public static final String SALES_AGENT = "salesSally";

    private static final Map<String, List<String>> MEMBERSHIPS = Map.ofEntries(
            Map.entry(AGENT_EAST, List.of(Roles.AGENT, "repair-east", "support-l1")),
            Map.entry(AGENT_EAST_2, List.of(Roles.AGENT, "repair-east")),
            Map.entry(AGENT_VIP, List.of(Roles.AGENT, "vip-care", "complaints")),
            Map.entry(SUPERVISOR, List.of(Roles.SUPERVISOR, "repair-east", "vip-care")),
            Map.entry(ANALYST, List.of(Roles.ANALYST)),
            Map.entry(INTEGRATOR, List.of(Roles.INTEGRATOR)),
            Map.entry(ADMIN, List.of(Roles.ADMIN)),
            Map.entry(MANAGER_EAST, List.of(Roles.SUPERVISOR, "managers-east")),
            Map.entry(ENGINEER_NORTH, List.of(Roles.AGENT, "repair-north")),
            Map.entry(AGENT_NORTH, List.of(Roles.AGENT, "repair-north")),
            Map.entry(SUPERVISOR_NORTH, List.of(Roles.SUPERVISOR, "repair-north")),
            Map.entry(WAREHOUSE_CLERK, List.of(Roles.AGENT, "warehouse")),
            Map.entry(LOGISTICS_CLERK, List.of(Roles.AGENT, "logistics")),
            Map.entry(FINANCE_CLERK, List.of(Roles.AGENT, "finance")),
            Map.entry(TECHNICAL_DIRECTOR, List.of(Roles.AGENT, "technical-director")),
            Map.entry(WAREHOUSE_SUPERVISOR, List.of(Roles.SUPERVISOR, "warehouse")),
            Map.entry(SALES_AGENT, List.of(Roles.AGENT, "presales")),
            Map.entry(OWNER_AND_DIRECTOR, List.of(Roles.AGENT, "complaints", "technical-director")));

    private TestUsers() {
    }

    public static synchronized void ensure(IdentityService identity) {
        for (String team : List.of("repair-east", "support-l1", "vip-care", "complaints", "managers-east",
                "repair-north")) {
            Groups.ensure(identity, team, team, Roles.TEAM_GROUP_TYPE);
        }
        Groups.ensure(identity, Roles.ADMIN, "Administrators", Roles.ROLE_GROUP_TYPE);
        MEMBERSHIPS.forEach((userId, groups) -> ensureUser(identity, userId, groups));
    }

    /** The test users' dispatch profiles, saved through the dispatch feature unless they exist. */
    public static synchronized void ensureProfiles(DispatchDirectory directory) {
        if (directory.findAgent(ENGINEER_NORTH).isEmpty()) {
            directory.saveAgent(ENGINEER_NORTH, NORTH_REGION, null, false, 0, Set.of());
        }
    }

    /** A user with the test password and these groups (role groups must exist; team groups are created). */
    public static synchronized void ensureUser(IdentityService identity, String userId, List<String> groups) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("Test");
        user.setEmail(userId + "@tests.ticketflow.example");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        for (String group : groups) {
            if (!Roles.ALL.contains(group)) {
                Groups.ensure(identity, group, group, Roles.TEAM_GROUP_TYPE);
            }
            identity.createMembership(userId, group);
        }
    }
}
