package io.ticketflow.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A task's candidate groups and assignee may claim and complete it ({@code TASK_WORK}) — not hand it to someone
 * else, change its variables' history or delete it, as Camunda's default ({@code UPDATE}) would allow. Supervisors
 * move tickets with {@code POST /api/tickets/{id}/transfers}.
 */
@Component
class TaskWorkPermission extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
    }
}
