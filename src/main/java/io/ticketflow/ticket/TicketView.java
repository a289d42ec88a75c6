package io.ticketflow.ticket;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerTier;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as the API shows it; SLA figures, the timeline and the other features' {@code details} (template
 * fields, attachments, device, the customer's history) are present on single-ticket reads. {@code region} is
 * the customer's, {@code handlingRegion} the region of the team working it (they differ after a cross-region move).
 */
public record TicketView(long id, String number, Channel channel, String category, String subject, String description,
        Priority priority, Priority statedPriority, TicketStatus status, String region, String handlingRegion,
        Location location, CustomerView customer, String assignedGroup, String assignee, String routingReason,
        String processInstanceId, String createdBy, Instant createdAt, Instant firstResponseAt, Instant resolvedAt,
        Instant closedAt, Integer customerRating, boolean slaBreached, String orderNumber, String opportunityId,
        String template, Integer templateVersion, String deviceSerial, Instant updatedAt, List<SlaFigures.Figure> sla,
        List<TimelineEntry> timeline, Map<String, Object> details) {

    public record Location(double latitude, double longitude) {
    }

    public record CustomerView(long id, String name, String phone, String email, CustomerTier tier,
            Long lifetimeValue) {

        static CustomerView of(Customer customer) {
            return new CustomerView(customer.getId(), customer.getName(), customer.getPhone(), customer.getEmail(),
                    customer.getTier(), customer.getLifetimeValue());
        }
    }

    public record TimelineEntry(Instant at, String actor, TicketEventType event, String detail) {

        static TimelineEntry of(TicketEvent event) {
            return new TimelineEntry(event.getOccurredAt(), event.getActor(), event.getEventType(),
                    event.getDetail());
        }
    }

    static TicketView of(Ticket t, Customer customer, List<TicketEvent> events, List<SlaFigures.Figure> sla) {
        return of(t, customer, events, sla, null);
    }

    static TicketView of(Ticket t, Customer customer, List<TicketEvent> events, List<SlaFigures.Figure> sla,
            Map<String, Object> details) {
        return new TicketView(t.getId(), t.getTicketNumber(), t.getChannel(), t.getCategory(), t.getSubject(),
                t.getDescription(), t.getPriority(), t.getStatedPriority(), t.getStatus(), t.getRegion(),
                t.getHandlingRegion(), t.getLatitude() == null || t.getLongitude() == null ? null
                        : new Location(t.getLatitude(), t.getLongitude()),
                customer == null ? null : CustomerView.of(customer), t.getAssignedGroup(), t.getAssignee(),
                t.getRoutingRule(), t.getProcessInstanceId(), t.getCreatedBy(), t.getCreatedAt(),
                t.getFirstResponseAt(), t.getResolvedAt(), t.getClosedAt(), t.getCustomerRating(), t.isSlaBreached(),
                t.getOrderNumber(), t.getOpportunityId(), t.getTemplateCode(), t.getTemplateVersion(),
                t.getDeviceSerial(), t.getUpdatedAt(), sla,
                events == null ? null : events.stream().map(TimelineEntry::of).toList(), details);
    }
}
