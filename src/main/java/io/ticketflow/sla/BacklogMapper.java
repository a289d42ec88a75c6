package io.ticketflow.sla;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BacklogMapper {

    /** Open tickets (not resolved or closed) per team. */
    List<TeamBacklog> countOpenTicketsPerTeam();

    Boolean findRaised(String team);

    void insertAlarm(@Param("team") String team, @Param("at") Instant at);

    /** Flips the alarm; returns 0 when another node flipped it first. */
    int switchAlarm(@Param("team") String team, @Param("raised") boolean raised, @Param("openTickets") int openTickets,
            @Param("at") Instant at);

    record TeamBacklog(String team, int openTickets) {
    }
}
