package io.ticketflow.sla;

import io.ticketflow.ticket.TicketScope;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TicketSlaMapper {

    void insertSla(TicketSla sla);

    List<TicketSla> findSlasOfTicket(long ticketId);

    /** Writes the schedule columns (times, pause, met) of one target. */
    void updateSchedule(TicketSla sla);

    /** Marks the target breached once; returns 0 when it already was. */
    int markBreached(@Param("ticketId") long ticketId, @Param("target") SlaTarget target, @Param("at") Instant at);

    List<TicketSla> findBreaches(@Param("from") Instant from, @Param("to") Instant to, @Param("group") String group,
            @Param("region") String region, @Param("scope") TicketScope scope, @Param("limit") int limit);
}
