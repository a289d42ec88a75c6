package io.ticketflow.tasklist;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The agent's task list read from the tickets (team, assignee, status, priority, age — one index) joined to the
 * engine's open tasks of their process instances. The engine's own task query has to join candidate links and sort
 * every open task of the agent's teams for each page; at a backlog of 100,000 tickets that took seconds on MySQL.
 */
@Mapper
interface TaskQueueMapper {

    /**
     * The open, active tasks of the user's own tickets and of their teams' tickets nobody has taken: most urgent
     * first, then oldest ticket first; ties broken by ticket and task id so pages never overlap.
     */
    List<QueuedTask> findQueuedTasks(@Param("userId") String userId, @Param("slices") List<QueueSlice> slices,
            @Param("offset") int offset, @Param("size") int size);
}
