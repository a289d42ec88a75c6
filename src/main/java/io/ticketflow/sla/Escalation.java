package io.ticketflow.sla;

import java.time.Instant;

/**
 * One warning (level 0) or escalation (level 1 = breach, level 2 = second level) of one target of one ticket;
 * the database keeps at most one per ticket, target and level. Fields are set by MyBatis.
 */
public class Escalation {

    private Long id;
    private long ticketId;
    private SlaTarget target;
    private int level;
    private Instant occurredAt;
    private String assignedGroup;
    private String region;
    private String recipients;
    private String ticketNumber;
    private String subject;

    Escalation() {
    }

    Escalation(long ticketId, SlaTarget target, int level, Instant occurredAt, String assignedGroup, String region,
            String recipients) {
        this.ticketId = ticketId;
        this.target = target;
        this.level = level;
        this.occurredAt = occurredAt;
        this.assignedGroup = assignedGroup;
        this.region = region;
        this.recipients = recipients;
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public SlaTarget getTarget() {
        return target;
    }

    public int getLevel() {
        return level;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAssignedGroup() {
        return assignedGroup;
    }

    public String getRegion() {
        return region;
    }

    public String getRecipients() {
        return recipients;
    }

    /** Filled by list queries that join the ticket. */
    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getSubject() {
        return subject;
    }
}
