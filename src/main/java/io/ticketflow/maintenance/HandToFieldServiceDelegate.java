package io.ticketflow.maintenance;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.PlainText;
import io.ticketflow.ticket.IntakeLinks;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketActors;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer accepted a maintenance visit: a new ticket of the visit business type — which the journeys table
 * sends down field service, where routing and dispatch give it to an engineer — for the same customer, region and
 * device, continuing the offer ticket, with the preferred date ({@code preferredDate}, required) and the note
 * ({@code offerNote}) in its description.
 */
@ProcessBean
@Component("fieldServiceHandoffDelegate")
class HandToFieldServiceDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final CustomerService customers;
    private final MaintenanceSettings settings;
    private final Clock clock;

    HandToFieldServiceDelegate(TicketService tickets, CustomerService customers, MaintenanceSettings settings,
            Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable("preferredDate") instanceof Date preferred)) {
            throw new InvalidFieldException("fields.preferredDate", "an accepted visit needs the customer's "
                    + "preferred date");
        }
        LocalDate day = preferred.toInstant().atZone(settings.zone()).toLocalDate();
        if (day.isBefore(settings.today(clock))) {
            throw new InvalidFieldException("fields.preferredDate", "must not be before today");
        }
        String note = LifecycleVariables.string(execution, "offerNote");
        if (note != null && !PlainText.Validator.isPlain(note, true)) {
            // Tasklist's own form does not check text as the task API does; the note becomes a ticket's description.
            throw new InvalidFieldException("fields.offerNote", "must not contain control characters other than tab "
                    + "and line breaks");
        }
        Ticket offer = tickets.get(LifecycleVariables.ticketId(execution));
        Ticket visit = tickets.create(new NewTicket(offer.getChannel(), settings.visitCategory(),
                clip("Maintenance visit: " + offer.getSubject().replaceFirst("^Maintenance due: ", "")),
                "The customer accepted a maintenance visit on " + offer.getTicketNumber() + "; preferred date " + day
                + (note != null && !note.isBlank() ? ". " + note.strip() : "."), null, offer.getRegion(), null,
                null, null), customers.get(offer.getCustomerId()), TicketActors.SYSTEM,
                new IntakeLinks(null, offer.getOpportunityId(), null, null, offer.getDeviceSerial()), null);
        tickets.linkOpportunity(visit.getId(), offer.getOpportunityId(), offer.getId());
        tickets.recordSystemEvent(visit.getId(), TicketEventType.HANDED_OVER, "maintenance visit accepted on "
                + offer.getTicketNumber() + ", preferred date " + day);
        tickets.recordSystemEvent(offer.getId(), TicketEventType.HANDED_OVER, "visit accepted for " + day
                + "; field-service ticket " + visit.getTicketNumber());
    }

    private static String clip(String subject) {
        return subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
    }
}
