package io.ticketflow.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Bean names that process definitions deployed in earlier releases still name, though their work moved elsewhere.
 * Tickets running on those definitions keep working: the names stay resolvable, to a listener that does nothing.
 * <ul>
 * <li>{@code ticketTaskNamingListener}, {@code ticketAssignmentListener}: the lifecycle's task listeners before
 * journeys; every user task now has the built-in step listener, which names the task and follows its assignee.</li>
 * </ul>
 */
final class RetiredProcessBeans {

    /** A listener with nothing left to do. */
    static final class Retired implements TaskListener {
        @Override
        public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
            // its work is done by the built-in step listener
        }
    }

    private static final Retired RETIRED = new Retired();

    static final Map<String, Object> BEANS = Map.of("ticketTaskNamingListener", RETIRED,
            "ticketAssignmentListener", RETIRED);

    private RetiredProcessBeans() {
    }
}
