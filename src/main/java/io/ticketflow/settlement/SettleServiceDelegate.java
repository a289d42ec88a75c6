package io.ticketflow.settlement;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SettleService}: settles the accepted job. Runs as its own job after the close commits, so a settlement
 * that cannot be made (no rule version in force, say) leaves the close standing and shows as an incident to retry.
 */
@ProcessBean
@Component("settleServiceDelegate")
class SettleServiceDelegate implements JavaDelegate {

    private final TicketSettlements settlements;

    SettleServiceDelegate(TicketSettlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        settlements.settle(LifecycleVariables.ticketId(execution));
    }
}
