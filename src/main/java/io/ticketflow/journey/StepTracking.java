package io.ticketflow.journey;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every journey the step listener (create, assignment, complete, delete), as a built-in
 * listener the engine runs even when Cockpit skips custom listeners; and makes every called process carry its
 * ticket's number as business key ({@link CalledProcessBusinessKey}). Also for definitions stored before journeys.
 */
@Component
class StepTracking extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TicketSteps> steps;

    StepTracking(ObjectProvider<TicketSteps> steps) {
        this.steps = steps;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new UserTaskSteps(new LazyStepListener(steps)));
        listeners.add(new CalledProcessBusinessKey());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static final class UserTaskSteps extends AbstractBpmnParseListener {

        private final TaskListener listener;

        UserTaskSteps(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                    TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
                task.addBuiltInTaskListener(event, listener);
            }
        }
    }

    /** The step listener, fetched when a task first needs it (the steps' service needs the engine's services). */
    private static final class LazyStepListener implements TaskListener {

        private final ObjectProvider<TicketSteps> steps;
        private volatile StepListener listener;

        LazyStepListener(ObjectProvider<TicketSteps> steps) {
            this.steps = steps;
        }

        @Override
        public void notify(DelegateTask task) {
            if (listener == null) {
                listener = new StepListener(steps.getObject());
            }
            listener.notify(task);
        }
    }
}
