package io.ticketflow.settlement;

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
 * {@code partsCost}, {@code partsLost}, {@code city}).
 */
@ProcessBean
@Component("serviceReportDelegate")
class ServiceReportDelegate implements JavaDelegate {

    private final ServiceReports reports;
    private final IdentityService identityService;

    ServiceReportDelegate(ServiceReports reports, IdentityService identityService) {
        this.reports = reports;
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
        Object partsCost = execution.getVariable("partsCost");
        Authentication current = identityService.getCurrentAuthentication();
        reports.record(LifecycleVariables.ticketId(execution), new ServiceReports.Report(serviceType,
                Complexity.valueOf(complexity), flag(execution, "highAltitude"), flag(execution, "nightVisit"),
                flag(execution, "remoteArea"), partsCost instanceof Number n ? new BigDecimal(n.toString()) : null,
                flag(execution, "partsLost"), city.strip()), current != null ? current.getUserId()
                : execution.getVariable(JourneyNames.VAR_RESOLVED_BY) instanceof String by ? by : TicketActors.SYSTEM);
    }

    private static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }
}
