package io.ticketflow.security;

import java.util.List;

/**
 * The five roles. Each is a Camunda group of type {@code SYSTEM}; the admin role is Camunda's own
 * {@code camunda-admin} group so that Camunda's webapps treat admins as administrators. Service teams are groups
 * of type {@code WORKFLOW}.
 */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ANALYST = "analyst";
    public static final String INTEGRATOR = "integrator";
    public static final String ADMIN = "camunda-admin";

    public static final String ROLE_GROUP_TYPE = "SYSTEM";
    public static final String TEAM_GROUP_TYPE = "WORKFLOW";

    /** Spring Security authority names ({@code ROLE_AGENT}, ..., {@code ROLE_ADMIN}). */
    public static final String AGENT_AUTHORITY = "AGENT";
    public static final String SUPERVISOR_AUTHORITY = "SUPERVISOR";
    public static final String ANALYST_AUTHORITY = "ANALYST";
    public static final String INTEGRATOR_AUTHORITY = "INTEGRATOR";
    public static final String ADMIN_AUTHORITY = "ADMIN";

    public static final List<String> ALL = List.of(AGENT, SUPERVISOR, ANALYST, INTEGRATOR, ADMIN);

    private Roles() {
    }

    /** The Spring role name for a role group id, or null when the group is a team. */
    static String roleOf(String groupId) {
        return switch (groupId) {
            case AGENT -> AGENT_AUTHORITY;
            case SUPERVISOR -> SUPERVISOR_AUTHORITY;
            case ANALYST -> ANALYST_AUTHORITY;
            case INTEGRATOR -> INTEGRATOR_AUTHORITY;
            case ADMIN -> ADMIN_AUTHORITY;
            default -> null;
        };
    }
}
