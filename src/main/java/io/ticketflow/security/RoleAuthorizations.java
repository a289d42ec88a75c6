package io.ticketflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
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
 * Makes sure every installation has the role groups and what each role may do inside Camunda (which webapp, which
 * engine resources), plus Tasklist filters every agent sees. Idempotent: runs at each start and adds only what is
 * missing, never removing what an admin granted. Agents need no task grants of their own: Camunda grants a task's
 * candidate groups and assignee access to that task.
 */
@Component
class RoleAuthorizations implements InitializingBean {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.AGENT, "Agents", Roles.SUPERVISOR, "Supervisors", Roles.ANALYST, "Business analysts",
            Roles.INTEGRATOR, "Integrators");

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

        grant(Roles.AGENT, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.SUPERVISOR, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.ANALYST, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

        grant(Roles.AGENT, Resources.PROCESS_DEFINITION, ANY, Permissions.READ); // the task's diagram in Tasklist
        grant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.UPDATE_TASK);
        grant(Roles.SUPERVISOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Roles.SUPERVISOR, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
        grant(Roles.SUPERVISOR, Resources.DEPLOYMENT, ANY, Permissions.READ);

        grant(Roles.ANALYST, Resources.DEPLOYMENT, ANY, Permissions.ALL);
        grant(Roles.ANALYST, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant(Roles.ANALYST, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
        grant(Roles.ANALYST, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);

        grant(Roles.INTEGRATOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE,
                Permissions.READ_INSTANCE);
        grant(Roles.INTEGRATOR, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);

        ensureFilter("My teams' tasks", -10, taskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks());
        ensureFilter("My tasks", 0, taskQuery().taskAssigneeExpression("${currentUser()}"));
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).list();
        Authorization authorization = existing.isEmpty() ? newGrant(groupId, resource, resourceId) : existing.get(0);
        boolean missing = existing.isEmpty();
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizationService.saveAuthorization(authorization);
        }
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
