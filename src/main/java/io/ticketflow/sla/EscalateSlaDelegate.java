package io.ticketflow.sla;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.process.JourneyNames;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The ticket's SLA warning and escalation tasks. Their input parameters say which target and level: {@code slaTarget},
 * {@code escalationLevel} (0 warning, 1 breach, 2 second level). A breach that raises the ticket's priority raises
 * the priority of the open tasks of the process the timer fired in too (Tasklist sorts by it).
 */
@ProcessBean
@Component("escalateSlaDelegate")
class EscalateSlaDelegate implements JavaDelegate {

    private final SlaEscalations escalations;
    private final TaskService taskService;

    EscalateSlaDelegate(SlaEscalations escalations, TaskService taskService) {
        this.escalations = escalations;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SlaTarget target = SlaTarget.valueOf(
                LifecycleVariables.string(execution, JourneyNames.VAR_SLA_TARGET));
        int level = Integer.parseInt(LifecycleVariables.string(execution, JourneyNames.VAR_ESCALATION_LEVEL));
        SlaEscalations.Outcome outcome = escalations.escalate(LifecycleVariables.ticketId(execution), target, level);
        if (outcome.raisedPriority() != null) {
            for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .list()) {
                taskService.setPriority(task.getId(), outcome.raisedPriority().taskPriority());
            }
        }
    }
}
