package io.ticketflow.journey;

import io.ticketflow.ticket.TicketScope;

import io.ticketflow.ticket.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The steps of tickets' journeys ({@code tf_ticket_step}). */
@Mapper
interface StepMapper {

    void insertStep(TicketStep step);

    /** The open step an execution is in, whether or not its task exists yet (timers are created before it). */
    Optional<TicketStep> findOpenStepOfExecution(@Param("executionId") String executionId);

    Optional<TicketStep> findStepOfTask(@Param("taskId") String taskId);

    int attachTask(@Param("id") long id, @Param("taskId") String taskId, @Param("name") String name,
            @Param("team") String team, @Param("assignee") String assignee);

    int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

    int updateTeam(@Param("taskId") String taskId, @Param("team") String team);

    int endStep(@Param("taskId") String taskId, @Param("status") StepStatus status, @Param("endedAt") Instant endedAt,
            @Param("endedBy") String endedBy);

    List<TicketStep> findStepsOfTicket(@Param("ticketId") long ticketId);

    List<TicketStep> findOpenStepsOfInstance(@Param("processInstanceId") String processInstanceId);

    int updateOpenStepPriorities(@Param("ticketId") long ticketId, @Param("priority") Priority priority);

    /** Marks an escalation level of a step done; 0 when it already was (another node, an earlier timer). */
    int markEscalated(@Param("id") long id, @Param("level") int level, @Param("at") Instant at);

    /** Steps for the open tasks of tickets from before journeys (their handling task), once, at start-up. */
    int insertMissingSteps();

    /** Open steps of a process that predate the process_key column get it from their task's definition. */
    int fillProcessKeys();

    /** Per element of a process: its open steps and how many are past due, of the tickets the scope sees. */
    List<StepCount> countOpenSteps(@Param("processKey") String processKey, @Param("now") Instant now,
            @Param("scope") TicketScope scope);

    /** The tickets waiting at one element, due first, of those the scope sees. */
    List<StepTicket> findOpenStepTickets(@Param("processKey") String processKey,
            @Param("elementId") String elementId, @Param("now") Instant now, @Param("scope") TicketScope scope,
            @Param("limit") int limit);
}
