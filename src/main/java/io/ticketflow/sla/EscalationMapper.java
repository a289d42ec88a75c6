package io.ticketflow.sla;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscalationMapper {

    void insertEscalation(Escalation escalation);

    boolean existsEscalation(@Param("ticketId") long ticketId, @Param("target") SlaTarget target,
            @Param("level") int level);

    /** Escalations (level ≥ 1) of tickets not yet resolved, of the given teams or regions, oldest first. */
    List<Escalation> findOpenEscalations(@Param("groups") List<String> groups, @Param("regions") List<String> regions,
            @Param("limit") int limit);

    List<Escalation> findEscalationsOfTicket(long ticketId);
}
