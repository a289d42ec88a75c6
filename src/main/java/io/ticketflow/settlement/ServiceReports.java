package io.ticketflow.settlement;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The engineer's report of a job, written before the ticket closes; settlement prices the job from it. */
@Service
public class ServiceReports {

    private final SettlementMapper mapper;
    private final TicketAccess access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ServiceReports(SettlementMapper mapper, TicketAccess access, ApplicationEventPublisher publisher, Clock clock) {
        this.mapper = mapper;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The job as reported: what was done, how hard, in which circumstances, parts supplied or lost, the city. */
    public record Report(String serviceType, Complexity complexity, boolean highAltitude, boolean nightVisit,
            boolean remoteArea, BigDecimal partsCost, boolean partsLost, String city) {
    }

    @Transactional
    public ServiceReport save(long ticketId, Report report, CurrentUser user) {
        Ticket ticket = access.visibleTicket(ticketId);
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is closed and settled from the "
                    + "report it had");
        }
        if (!user.userId().equals(ticket.getAssignee()) && !user.isMemberOf(Roles.SUPERVISOR)
                && !user.isMemberOf(Roles.ADMIN)) {
            throw new NotPermittedException("Only the ticket's assignee or a supervisor reports the job");
        }
        return record(ticketId, report, user.userId());
    }

    /** Stores the report a journey's work-report step took from the engineer (the step's form was the check). */
    @Transactional
    public ServiceReport record(long ticketId, Report report, String reportedBy) {
        ServiceReport saved = new ServiceReport(ticketId, report.serviceType(), report.complexity(),
                report.highAltitude(), report.nightVisit(), report.remoteArea(),
                Money.round(report.partsCost() == null ? BigDecimal.ZERO : report.partsCost()), report.partsLost(),
                report.city(), reportedBy, clock.instant());
        if (mapper.updateReport(saved) == 0) {
            mapper.insertReport(saved);
        }
        publisher.publishEvent(new ServiceReported(ticketId, report.serviceType()));
        return saved;
    }

    public Optional<ServiceReport> find(long ticketId) {
        return mapper.findReport(ticketId);
    }
}
