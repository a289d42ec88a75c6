package io.ticketflow.journey;

import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Where a step's timers lead: escalates every open step of the process the timer fired in whose warning, breach or
 * second level has come — each at most once — so the model needs no inputs and one task can serve all of a step's
 * timers.
 */
@ProcessBean
@Component("escalateStepDelegate")
class EscalateStepDelegate implements JavaDelegate {

    private final StepEscalations escalations;

    EscalateStepDelegate(StepEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalateDue(execution.getProcessInstanceId());
    }
}
