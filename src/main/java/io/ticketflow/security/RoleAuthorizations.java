package io.ticketflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * What each role may do inside Camunda — which webapp, which engine resources — set at every start, plus the
 * Tasklist filters every agent sees. The grants of the role groups on all resources of a type (resource id
 * {@code *}) and on the webapps belong to Ticketflow: each start makes them exactly the table below, taking back
 * what an earlier version granted too broadly; what an admin grants to single users, to other groups or on single
 * resources is left alone.
 * <ul>
 * <li>agent: Tasklist; reads process definitions (the task's diagram). Their tasks come with Camunda's own grants
 * to a task's candidate groups and assignee, limited to {@code TASK_WORK} (claim and complete, not reassign);</li>
 * <li>supervisor: Tasklist and Cockpit, read-only: definitions, instances, history, tasks, deployments;</li>
 * <li>analyst: Cockpit; reads definitions, instances and history, and deploys (every deployment passes the process
 * contract) — but completes no task, writes no variable, moves no job, deletes no deployment;</li>
 * <li>integrator: nothing inside the engine: integrations work through {@code /api};</li>
 * <li>admin ({@code camunda-admin}): everything.</li>
 * </ul>
 */
@Component
class RoleAuthorizations implements InitializingBean {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.AGENT, "Agents", Roles.SUPERVISOR, "Supervisors", Roles.ANALYST, "Business analysts",
            Roles.INTEGRATOR, "Integrators", Roles.ADMIN, "Administrators");

    /** Role group → resource type → the permissions the group holds on every resource of that type. */
    static final Map<String, Map<Resource, Permission[]>> GRANTS = Map.of(
            Roles.AGENT, Map.of(
                    Resources.PROCESS_DEFINITION, new Permission[] {Permissions.READ}),
            Roles.SUPERVISOR, Map.of(
                    Resources.PROCESS_DEFINITION, new Permission[] {Permissions.READ, Permissions.READ_INSTANCE,
                            Permissions.READ_HISTORY, Permissions.READ_TASK},
                    Resources.PROCESS_INSTANCE, new Permission[] {Permissions.READ},
                    Resources.TASK, new Permission[] {Permissions.READ},
                    Resources.DEPLOYMENT, new Permission[] {Permissions.READ}),
            Roles.ANALYST, Map.of(
                    Resources.DEPLOYMENT, new Permission[] {Permissions.CREATE, Permissions.READ},
                    Resources.PROCESS_DEFINITION, new Permission[] {Permissions.READ, Permissions.READ_INSTANCE,
                            Permissions.READ_HISTORY},
                    Resources.PROCESS_INSTANCE, new Permission[] {Permissions.READ},
                    Resources.DECISION_DEFINITION, new Permission[] {Permissions.READ}),
            Roles.INTEGRATOR, Map.of());

    /** Role group → the webapps it may open. */
    static final Map<String, List<String>> APPLICATIONS = Map.of(
            Roles.AGENT, List.of("tasklist"),
            Roles.SUPERVISOR, List.of("tasklist", "cockpit"),
            Roles.ANALYST, List.of("cockpit"),
            Roles.INTEGRATOR, List.of());

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void afterPropertiesSet() {
        ROLE_NAMES.forEach((id, name) -> Groups.ensure(identityService, id, name, Roles.ROLE_GROUP_TYPE));

        GRANTS.forEach((group, grants) -> {
            for (Authorization existing : grantsOnEveryResourceOf(group)) {
                if (!grants.containsKey(resourceOf(existing.getResourceType()))) {
                    authorizationService.deleteAuthorization(existing.getId());
                }
            }
            grants.forEach((resource, permissions) -> grantExactly(group, resource, ANY, permissions));
            grantApplications(group, APPLICATIONS.get(group));
        });
        for (Resource resource : Resources.values()) {
            grantExactly(Roles.ADMIN, resource, ANY, Permissions.ALL);
        }

        ensureFilter("My teams' tasks", -10, taskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks());
        ensureFilter("My tasks", 0, taskQuery().taskAssigneeExpression("${currentUser()}"));
    }

    private List<Authorization> grantsOnEveryResourceOf(String groupId) {
        return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).list().stream()
                .filter(a -> ANY.equals(a.getResourceId())
                        && a.getResourceType() != Resources.APPLICATION.resourceType())
                .toList();
    }

    private static Resource resourceOf(int type) {
        return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == type).findFirst().orElse(null);
    }

    /** One grant per webapp (Camunda looks application grants up by the app's name), none for the others. */
    private void grantApplications(String groupId, List<String> applications) {
        for (Authorization existing : authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(Resources.APPLICATION).list()) {
            if (!applications.contains(existing.getResourceId())) {
                authorizationService.deleteAuthorization(existing.getId());
            }
        }
        applications.forEach(app -> grantExactly(groupId, Resources.APPLICATION, app, Permissions.ACCESS));
    }

    /** Makes the group's grant on the resource hold exactly these permissions; writes only when that changes. */
    private void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).list();
        if (!existing.isEmpty() && holdsExactly(existing.get(0), permissions)) {
            return;
        }
        Authorization authorization = existing.isEmpty() ? newGrant(groupId, resource, resourceId) : existing.get(0);
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }

    private static boolean holdsExactly(Authorization authorization, Permission[] permissions) {
        if (permissions.length == 1 && permissions[0] == Permissions.ALL) {
            return authorization.isEveryPermissionGranted();
        }
        Set<String> wanted = Arrays.stream(permissions).map(Permission::getName).collect(Collectors.toSet());
        Set<String> held = Arrays.stream(authorization.getPermissions(Permissions.values()))
                .map(Permission::getName).collect(Collectors.toSet());
        return held.equals(wanted);
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    private TaskQuery taskQuery() {
        return taskService.createTaskQuery().orderByTaskPriority().desc().orderByTaskCreateTime().asc();
    }

    private void ensureFilter(String name, int priority, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(null)
                .setProperties(Map.<String, Object>of("priority", priority, "description", name, "refresh", true))
                .setQuery(query);
        filterService.saveFilter(filter);
        Authorization everyoneMayRead = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everyoneMayRead.setUserId(ANY);
        everyoneMayRead.setResource(Resources.FILTER);
        everyoneMayRead.setResourceId(filter.getId());
        everyoneMayRead.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everyoneMayRead);
    }
}
