package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of an agent's task list that the database can read in order from one index: the tickets of one team
 * nobody has taken (or, with no team, the agent's own tickets) in one status with one priority, oldest first. The
 * list is the merge of all slices, most urgent first; so a page costs a few short index reads however long the
 * backlog is, instead of sorting every open task of the agent's teams.
 *
 * @param team the team whose unassigned tickets this slice holds; {@code null} for the agent's own tickets
 */
record QueueSlice(String team, TicketStatus status, Priority priority) {

    /**
     * Statuses of a ticket with an open handling task, by whether someone has taken it. The ticket's updates keep to
     * this (TicketMapper.xml): OPEN has no assignee, IN_PROGRESS has one, PENDING_CUSTOMER either (a transfer while
     * the customer is asked keeps the status and may leave the ticket to the new team).
     */
    static final List<TicketStatus> TAKEN = List.of(TicketStatus.IN_PROGRESS, TicketStatus.PENDING_CUSTOMER);
    static final List<TicketStatus> UNTAKEN = List.of(TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER);

    /** The slice's place in the merge: its priority's task priority, higher first. */
    int rank() {
        return priority.taskPriority();
    }

    /** The slices of the task list of an agent in these teams: their own tickets and their teams' untaken ones. */
    static List<QueueSlice> of(List<String> teams) {
        List<QueueSlice> slices = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            for (TicketStatus status : TAKEN) {
                slices.add(new QueueSlice(null, status, priority));
            }
            for (String team : teams) {
                for (TicketStatus status : UNTAKEN) {
                    slices.add(new QueueSlice(team, status, priority));
                }
            }
        }
        return slices;
    }
}
