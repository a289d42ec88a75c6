package io.ticketflow.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Ticket rows. State changes name the states they start from and return the rows changed (0 = state moved on). */
@Mapper
interface TicketMapper {

    void insertTicket(Ticket ticket);

    Optional<Ticket> findTicketById(long id);

    Optional<Ticket> findTicketByNumber(String ticketNumber);

    /** The ticket if the scope sees it (see the {@code visibleTo} fragment). */
    Optional<Ticket> findVisibleTicketById(@Param("id") long id, @Param("scope") TicketScope scope);

    boolean isTicketVisible(@Param("id") long id, @Param("scope") TicketScope scope);

    boolean hasVisibleTicketOfCustomer(@Param("customerId") long customerId, @Param("scope") TicketScope scope);

    List<Ticket> findTicketsByProcessInstanceIds(@Param("processInstanceIds") Collection<String> processInstanceIds);

    List<Ticket> searchTickets(@Param("search") TicketSearch search, @Param("scope") TicketScope scope,
            @Param("offset") long offset, @Param("limit") int limit);

    long countTickets(@Param("search") TicketSearch search, @Param("scope") TicketScope scope);

    void linkProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId,
            @Param("journeyKey") String journeyKey, @Param("journeyVersion") int journeyVersion,
            @Param("journeyRule") String journeyRule);

    void linkOpportunityAndParent(@Param("id") long id, @Param("opportunityId") String opportunityId,
            @Param("parentTicketId") Long parentTicketId);

    /** Ratings of the tickets closed in [from, to) within a scope, per team and assignee. */
    List<SatisfactionRow> satisfactionByTeamAndAgent(@Param("from") Instant from, @Param("to") Instant to,
            @Param("scope") TicketScope scope);

    /** Fills in the journey version of tickets from before journeys; returns how many. */
    int fillJourneyVersions();

    void updatePlacement(@Param("id") long id, @Param("assignedGroup") String assignedGroup,
            @Param("handlingRegion") String handlingRegion, @Param("assignee") String assignee,
            @Param("status") TicketStatus status, @Param("priority") Priority priority,
            @Param("routingRule") String routingRule, @Param("updatedAt") Instant updatedAt);

    int updateCategory(@Param("id") long id, @Param("category") String category,
            @Param("updatedAt") Instant updatedAt);

    void updateIntakeLinks(@Param("id") long id, @Param("links") IntakeLinks links);

    int moveCustomer(@Param("from") long from, @Param("to") long to);

    List<Ticket> findTicketsOfCustomer(@Param("customerId") long customerId, @Param("limit") int limit,
            @Param("scope") TicketScope scope);

    Optional<Ticket> findOpenTicketAbout(@Param("customerId") long customerId, @Param("category") String category,
            @Param("orderNumber") String orderNumber, @Param("since") Instant since);

    Optional<Ticket> findLastClosedWithDevice(@Param("serial") String serial, @Param("excluding") long excluding);

    List<CustomerTicketEvent> findEventsOfCustomer(@Param("customerId") long customerId,
            @Param("type") TicketEventType type, @Param("scope") TicketScope scope);

    List<AssigneeLoad> countOpenTicketsByAssignee(@Param("assignees") Collection<String> assignees);

    int updateAssignee(@Param("id") long id, @Param("assignee") String assignee, @Param("status") TicketStatus status,
            @Param("updatedAt") Instant updatedAt);

    int recordFirstResponse(@Param("id") long id, @Param("at") Instant at);

    int awaitCustomer(@Param("id") long id, @Param("at") Instant at);

    int endAwaitingCustomer(@Param("id") long id, @Param("at") Instant at);

    void markBreached(@Param("id") long id, @Param("priority") Priority priority, @Param("at") Instant at);

    int markResolved(@Param("id") long id, @Param("resolvedAt") Instant resolvedAt);

    int markClosed(@Param("id") long id, @Param("closedAt") Instant closedAt);

    void recordCustomerRating(@Param("id") long id, @Param("rating") int rating);

    /** Sets the rating only when the ticket has none yet; 0 when it had one. */
    int recordFirstCustomerRating(@Param("id") long id, @Param("rating") int rating);

    int reopen(@Param("id") long id, @Param("updatedAt") Instant updatedAt);
}
