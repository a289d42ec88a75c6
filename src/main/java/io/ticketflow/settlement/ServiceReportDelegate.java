package io.ticketflow.settlement;

import io.ticketflow.journey.ApprovalLevels;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.ticket.TicketActors;
import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The field-service journey's work report becomes the job's service report, which settlement prices: service type,
 * complexity, the surcharge circumstances, parts cost or loss and the city, as the engineer answered the step's form
 * ({@code serviceType}, {@code complexity}, {@code highAltitude}, {@code nightVisit}, {@code remoteArea},
 * {@code partsCost}, {@code partsLost}, {@code city}). Parts are paid a margin, so they cost no more than an approved
 * repair quote ({@code repairQuote}, {@code quoteApproved}, as the approval block answered) — or, without one, no more
 * than a repair quote may cost without approval.
 */
@ProcessBean
@Component("serviceReportDelegate")
class ServiceReportDelegate implements JavaDelegate {

    static final String REPAIR_QUOTE = "REPAIR_QUOTE";

    private final ServiceReports reports;
    private final ApprovalLevels approvals;
    private final IdentityService identityService;

    ServiceReportDelegate(ServiceReports reports, ApprovalLevels approvals, IdentityService identityService) {
        this.reports = reports;
        this.approvals = approvals;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complexity = LifecycleVariables.string(execution, "complexity");
        String serviceType = LifecycleVariables.string(execution, "serviceType");
        String city = LifecycleVariables.string(execution, "city");
        if (serviceType == null || complexity == null || city == null || city.isBlank()) {
            throw new InvalidFieldException("fields.city", "the work report needs the service type, complexity "
                    + "and city");
        }
        BigDecimal parts = execution.getVariable("partsCost") instanceof Number n ? new BigDecimal(n.toString())
                : null;
        checkPartsAgainstQuote(execution, parts);
        Authentication current = identityService.getCurrentAuthentication();
        reports.record(LifecycleVariables.ticketId(execution), new ServiceReports.Report(serviceType,
                Complexity.valueOf(complexity), flag(execution, "highAltitude"), flag(execution, "nightVisit"),
                flag(execution, "remoteArea"), parts, flag(execution, "partsLost"), city.strip()),
                current != null ? current.getUserId() : execution.getVariable(JourneyNames.VAR_RESOLVED_BY) instanceof String by ? by : TicketActors.SYSTEM);
    }

    private void checkPartsAgainstQuote(DelegateExecution execution, BigDecimal parts) {
        if (parts == null || parts.signum() == 0) {
            return;
        }
        if (Boolean.TRUE.equals(execution.getVariable("quoteApproved"))
                && execution.getVariable("repairQuote") instanceof Number quote) {
            if (parts.compareTo(new BigDecimal(quote.toString())) > 0) {
                throw new InvalidFieldException("fields.partsCost", "is more than the approved repair quote ("
                        + quote + ")");
            }
        } else if (!approvals.next(REPAIR_QUOTE, parts, null, 0).approved()) {
            throw new InvalidFieldException("fields.partsCost", "parts costing " + parts.toPlainString()
                    + " need an approved repair quote: report the work without them, and quote them on a visit "
                    + "(check-in QUOTE)");
        }
    }

    private static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }
}
