package io.ticketflow.ticket;

import java.time.Instant;

/** A ticket row. Fields are set by MyBatis; state changes go through {@link TicketService}. */
public class Ticket {

    private Long id;
    private String ticketNumber;
    private Channel channel;
    private String category;
    private String subject;
    private String description;
    private Priority priority;
    private TicketStatus status;
    private String region;
    private long customerId;
    private String assignedGroup;
    private String assignee;
    private String routingRule;
    private String processInstanceId;
    private String createdBy;
    private Instant createdAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Integer customerRating;
    private boolean slaBreached;
    private Priority statedPriority;
    private Double latitude;
    private Double longitude;
    private String handlingRegion;
    private String orderNumber;
    private String opportunityId;
    private String templateCode;
    private Integer templateVersion;
    private String deviceSerial;
    private Long parentTicketId;
    private String journeyKey;
    private Integer journeyVersion;
    private String journeyRule;
    private Instant updatedAt;

    Ticket() {
    }

    Ticket(String ticketNumber, NewTicket request, long customerId, String createdBy, Instant now) {
        this.ticketNumber = ticketNumber;
        this.channel = request.channel();
        this.category = request.category();
        this.subject = request.subject();
        this.description = request.description();
        this.statedPriority = request.priority();
        this.priority = request.priority() != null ? request.priority() : Priority.NORMAL;
        this.status = TicketStatus.OPEN;
        this.region = request.region();
        this.handlingRegion = request.region();
        this.latitude = request.latitude();
        this.longitude = request.longitude();
        this.customerId = customerId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What intake linked the new ticket to, as {@code updateIntakeLinks} stored it. */
    void link(IntakeLinks links) {
        this.orderNumber = links.orderNumber();
        this.opportunityId = links.opportunityId();
        this.templateCode = links.templateCode();
        this.templateVersion = links.templateVersion();
        this.deviceSerial = links.deviceSerial();
    }

    /** The ticket this one continues (an after-sales ticket's pre-sales ticket), or null. */
    public Long getParentTicketId() {
        return parentTicketId;
    }

    /** The process key of the journey the ticket runs (null before it started). */
    public String getJourneyKey() {
        return journeyKey;
    }

    /** The version of the journey's process definition the ticket runs on. */
    public Integer getJourneyVersion() {
        return journeyVersion;
    }

    /** What chose the journey: the journeys table's version and row, or the caller. */
    public String getJourneyRule() {
        return journeyRule;
    }

    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getCategory() {
        return category;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Priority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getRegion() {
        return region;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getAssignedGroup() {
        return assignedGroup;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getRoutingRule() {
        return routingRule;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The customer's 1–5 rating of the last resolution they answered, if they gave one. */
    public Integer getCustomerRating() {
        return customerRating;
    }

    /** Whether any SLA target of this ticket was missed. */
    public boolean isSlaBreached() {
        return slaBreached;
    }

    /** The urgency the customer or channel stated, null when none; an input of the routing urgency table. */
    public Priority getStatedPriority() {
        return statedPriority;
    }

    /** Where the work is (WGS 84 degrees), when the channel knew; on-site work goes to the nearest engineer. */
    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    /** The region whose team works the ticket now; differs from {@link #getRegion()} after a cross-region move. */
    public String getHandlingRegion() {
        return handlingRegion;
    }

    /** The order the ticket is about (from its fields), linked to the customer's order record. */
    public String getOrderNumber() {
        return orderNumber;
    }

    /** The customer's open sales opportunity when the ticket came in. */
    public String getOpportunityId() {
        return opportunityId;
    }

    /** The scenario template and the version the ticket was created with. */
    public String getTemplateCode() {
        return templateCode;
    }

    public Integer getTemplateVersion() {
        return templateVersion;
    }

    /** The serial number of the device the ticket is about, when its template asks for one. */
    public String getDeviceSerial() {
        return deviceSerial;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
