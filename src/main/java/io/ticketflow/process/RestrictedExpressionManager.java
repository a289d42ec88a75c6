package io.ticketflow.process;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expression manager with the reach the process contract allows and nothing more: process variables
 * (and the engine's {@code execution} / {@code task} objects, which can be passed to a bean but not looked into),
 * the process beans by name, and the methods of {@link ProcessBeanMethods}. Camunda's default (and Spring's) adds
 * every bean of the application context and a resolver that reads any property and calls any method of any object;
 * those are left out. The engine's functions ({@code currentUser()}, {@code currentUserGroups()}, used by Tasklist
 * filters) stay: they return plain values.
 */
final class RestrictedExpressionManager extends JuelExpressionManager {

    private final ProcessBeans processBeans;

    RestrictedExpressionManager(ProcessBeans processBeans) {
        super(processBeans);
        this.processBeans = processBeans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new ProcessBeanMethods(processBeans));
        return resolver;
    }
}
