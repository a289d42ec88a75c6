package io.ticketflow.ticket;

import java.time.Instant;

/** One line of a ticket's timeline: who did what, when. Fields are set by MyBatis. */
public class TicketEvent {

    private Long id;
    private long ticketId;
    private Instant occurredAt;
    private String actor;
    private TicketEventType eventType;
    private String detail;

    TicketEvent() {
    }

    TicketEvent(long ticketId, Instant occurredAt, String actor, TicketEventType eventType, String detail) {
        this.ticketId = ticketId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.eventType = eventType;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public TicketEventType getEventType() {
        return eventType;
    }

    public String getDetail() {
        return detail;
    }
}
