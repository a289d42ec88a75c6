package io.ticketflow.journey;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The approval block's "next level": asks the approval levels table which groups must approve
 * {@code approvalAmount} of {@code approvalType}, and sets {@code approverGroup} to the next one after
 * {@code approvalLevel} (the number of levels asked so far; 0 or absent: none) — or to null with {@code approved}
 * true when every level has approved, or none was needed. Each step is on the ticket's timeline with the amount.
 */
@ProcessBean
@Component("approvalLevelsDelegate")
class ApprovalLevelsDelegate implements JavaDelegate {

    static final String VAR_TYPE = "approvalType";
    static final String VAR_AMOUNT = "approvalAmount";
    static final String VAR_LEVEL = "approvalLevel";
    static final String VAR_APPROVER_GROUP = "approverGroup";
    static final String VAR_APPROVED = "approved";
    /** The highest amount this request asked for (a whole number). */
    static final String VAR_PEAK = "approvalPeakAmount";

    private final ApprovalLevels levels;
    private final TicketService tickets;

    ApprovalLevelsDelegate(ApprovalLevels levels, TicketService tickets) {
        this.levels = levels;
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long ticketId = LifecycleVariables.ticketId(execution);
        String type = LifecycleVariables.string(execution, VAR_TYPE);
        if (!(execution.getVariable(VAR_AMOUNT) instanceof Number number)) {
            throw new BadUserRequestException("The approval block needs a number in " + VAR_AMOUNT);
        }
        int asked = execution.getVariable(VAR_LEVEL) instanceof Number done ? done.intValue() : 0;
        BigDecimal peak = execution.getVariable(VAR_PEAK) instanceof Number before
                ? new BigDecimal(before.toString()) : null;
        ApprovalLevels.Next next = levels.next(type, new BigDecimal(number.toString()), peak, asked);
        execution.setVariable(VAR_PEAK, next.peak().longValue());
        execution.setVariable(VAR_APPROVER_GROUP, next.approverGroup());
        execution.setVariable(VAR_LEVEL, next.asked());
        execution.setVariable(VAR_APPROVED, next.approved());
        tickets.recordSystemEvent(ticketId, next.approved() ? TicketEventType.APPROVED
                : TicketEventType.APPROVAL_REQUESTED, next.summary());
    }
}
