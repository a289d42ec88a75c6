package io.ticketflow.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the process contract into the engine: every deployment is checked before anything is stored
 * ({@link ContractDeployer}), expressions resolve only the process beans and call only their own methods
 * ({@link RestrictedExpressionManager}), script bindings see only the process beans, deployments come without tenant
 * or later activation ({@link DeploymentOptionsGuard}), and Java-serialized variable values stay refused.
 */
@Component
class ProcessContractPlugin extends AbstractProcessEnginePlugin {

    private final ListableBeanFactory beanFactory;

    ProcessContractPlugin(ListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessBeans beans = new ProcessBeans(beanFactory);
        configuration.setBeans(beans);
        configuration.setExpressionManager(new RestrictedExpressionManager(beans));
        configuration.setJavaSerializationFormatEnabled(false);
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(new ContractDeployer(ProcessContract.of(beans.types())));
        configuration.setCustomPreDeployers(preDeployers);
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new DeploymentOptionsGuard());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}
