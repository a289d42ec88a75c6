package io.ticketflow.sla;

import io.ticketflow.ticket.TicketScope;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscalationMapper {

    void insertEscalation(Escalation escalation);

    boolean existsEscalation(@Param("ticketId") long ticketId, @Param("target") SlaTarget target,
            @Param("level") int level);

    /** Escalations (level ≥ 1) of tickets not yet resolved that the scope sees, oldest first. */
    List<Escalation> findOpenEscalations(@Param("scope") TicketScope scope, @Param("limit") int limit);

    List<Escalation> findEscalationsOfTicket(long ticketId);
}
