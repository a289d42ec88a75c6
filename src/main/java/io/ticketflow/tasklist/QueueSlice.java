package io.ticketflow.tasklist;

import io.ticketflow.ticket.Priority;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of a user's task list that the database can read in order from one index: the open steps of one team
 * nobody has taken (or, with no team, the user's own steps) with one priority, oldest first. The list is the merge of
 * all slices, most urgent first; so a page costs a few short index reads however long the backlog is, instead of
 * sorting every open task of the user's teams.
 *
 * @param team the team whose untaken steps this slice holds; {@code null} for the user's own steps
 */
record QueueSlice(String team, Priority priority) {

    /** The slice's place in the merge: its priority's task priority, higher first. */
    int rank() {
        return priority.taskPriority();
    }

    /** The slices of the task list of a user in these teams: their own steps and their teams' untaken ones. */
    static List<QueueSlice> of(List<String> teams) {
        List<QueueSlice> slices = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            slices.add(new QueueSlice(null, priority));
            for (String team : teams) {
                slices.add(new QueueSlice(team, priority));
            }
        }
        return slices;
    }
}
