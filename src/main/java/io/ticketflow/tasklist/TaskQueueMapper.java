package io.ticketflow.tasklist;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The order of a user's task list, read from the journeys' steps: team, assignee, priority and age are one index.
 * The engine's own task query has to join candidate links and sort every open task of the user's teams for each
 * page; at a backlog of 100,000 tickets that took seconds on MariaDB.
 */
@Mapper
interface TaskQueueMapper {

    /**
     * One page of the user's own open steps and their teams' steps nobody has taken: most urgent first, then oldest
     * first, ties broken by step id so pages never overlap.
     */
    List<QueuedStep> findQueuedSteps(@Param("userId") String userId, @Param("slices") List<QueueSlice> slices,
            @Param("offset") int offset, @Param("size") int size);
}
