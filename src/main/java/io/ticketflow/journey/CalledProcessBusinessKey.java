package io.ticketflow.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.CallableElement;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A process called by a journey (a building block: approval, confirmation, settlement) gets the caller's business
 * key — the ticket's number — so a message for the ticket ("customer confirmed", "approved") reaches it wherever it
 * waits, and Cockpit shows the ticket number on every instance. Models cannot pass a business key themselves (the
 * process contract refuses {@code camunda:in businessKey}); this is the only one a called process gets.
 */
public final class CalledProcessBusinessKey extends AbstractBpmnParseListener {

    private static final ParameterValueProvider CALLERS_KEY = new ParameterValueProvider() {
        @Override
        public Object getValue(VariableScope scope) {
            return scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        }

        @Override
        public boolean isDynamic() {
            return true;
        }
    };

    @Override
    public void parseCallActivity(Element callActivityElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof CallableElementActivityBehavior behavior) {
            CallableElement callable = behavior.getCallableElement();
            if (callable != null) {
                callable.setBusinessKeyValueProvider(CALLERS_KEY);
            }
        }
    }
}
