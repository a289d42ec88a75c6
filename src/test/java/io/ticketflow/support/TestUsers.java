package io.ticketflow.support;

import io.ticketflow.security.Groups;
import io.ticketflow.security.Roles;
import java.util.List;
import java.util.Map;
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
    public static final String ANALYST = "analystAndy";
    public static final String INTEGRATOR = "integratorIda";
    public static final String ADMIN = "adminAda";
    /** Member of managers-east, told of second-level escalations in the EAST region. */
    public static final String MANAGER_EAST = "managerMia";

    private static final Map<String, List<String>> MEMBERSHIPS = Map.of(
            AGENT_EAST, List.of(Roles.AGENT, "repair-east", "support-l1"),
            AGENT_EAST_2, List.of(Roles.AGENT, "repair-east"),
            AGENT_VIP, List.of(Roles.AGENT, "vip-care", "complaints"),
            SUPERVISOR, List.of(Roles.SUPERVISOR, "repair-east", "vip-care"),
            ANALYST, List.of(Roles.ANALYST),
            INTEGRATOR, List.of(Roles.INTEGRATOR),
            ADMIN, List.of(Roles.ADMIN),
            MANAGER_EAST, List.of(Roles.SUPERVISOR, "managers-east"));

    private TestUsers() {
    }

    public static synchronized void ensure(IdentityService identity) {
        for (String team : List.of("repair-east", "support-l1", "vip-care", "complaints", "managers-east")) {
            Groups.ensure(identity, team, team, Roles.TEAM_GROUP_TYPE);
        }
        Groups.ensure(identity, Roles.ADMIN, "Administrators", Roles.ROLE_GROUP_TYPE);
        MEMBERSHIPS.forEach((userId, groups) -> ensureUser(identity, userId, groups));
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
