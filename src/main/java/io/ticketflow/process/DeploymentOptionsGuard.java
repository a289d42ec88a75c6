package io.ticketflow.process;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * Refuses deployment options that change what every new ticket runs on without changing a model: a tenant (the
 * lifecycle would exist for several tenants and no ticket could start) and a later activation date (the newest
 * version would be suspended until then). Ticketflow uses neither; the process contract checks the files, this the
 * options they come with.
 */
final class DeploymentOptionsGuard extends CommandInterceptor {

    private static final Field BUILDER = builderField();

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof DeployCmd deploy) {
            DeploymentBuilderImpl builder = builderOf(deploy);
            if (builder.getDeployment().getTenantId() != null) {
                throw new BadUserRequestException("Deployments name no tenant (tenant-id); Ticketflow has none");
            }
            if (builder.getProcessDefinitionsActivationDate() != null) {
                throw new BadUserRequestException("Deployments are active at once (deployment-activation-time is "
                        + "not accepted): new tickets must always have a version to start on");
            }
        }
        return next.execute(command);
    }

    private static DeploymentBuilderImpl builderOf(DeployCmd command) {
        try {
            return (DeploymentBuilderImpl) BUILDER.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field builderField() {
        try {
            Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's DeployCmd changed: no deploymentBuilder field", e);
        }
    }
}
