package io.ticketflow.ticket;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerTier;
import java.time.Instant;
import java.util.List;

/** A ticket as the API shows it; SLA figures and the timeline are present on single-ticket reads. */
record TicketView(long id, String number, Channel channel, String category, String subject, String description,
        Priority priority, TicketStatus status, String region, CustomerView customer, String assignedGroup,
        String assignee, String routingReason, String processInstanceId, String createdBy, Instant createdAt,
        Instant firstResponseAt, Instant resolvedAt, Instant closedAt, Integer customerRating, boolean slaBreached,
        Instant updatedAt, List<SlaFigures.Figure> sla, List<TimelineEntry> timeline) {

    record CustomerView(long id, String name, String phone, String email, CustomerTier tier) {

        static CustomerView of(Customer customer) {
            return new CustomerView(customer.getId(), customer.getName(), customer.getPhone(), customer.getEmail(),
                    customer.getTier());
        }
    }

    record TimelineEntry(Instant at, String actor, TicketEventType event, String detail) {

        static TimelineEntry of(TicketEvent event) {
            return new TimelineEntry(event.getOccurredAt(), event.getActor(), event.getEventType(),
                    event.getDetail());
        }
    }

    static TicketView of(Ticket t, Customer customer, List<TicketEvent> events, List<SlaFigures.Figure> sla) {
        return new TicketView(t.getId(), t.getTicketNumber(), t.getChannel(), t.getCategory(), t.getSubject(),
                t.getDescription(), t.getPriority(), t.getStatus(), t.getRegion(),
                customer == null ? null : CustomerView.of(customer), t.getAssignedGroup(), t.getAssignee(),
                t.getRoutingRule(), t.getProcessInstanceId(), t.getCreatedBy(), t.getCreatedAt(),
                t.getFirstResponseAt(), t.getResolvedAt(), t.getClosedAt(), t.getCustomerRating(), t.isSlaBreached(),
                t.getUpdatedAt(), sla, events == null ? null : events.stream().map(TimelineEntry::of).toList());
    }
}
