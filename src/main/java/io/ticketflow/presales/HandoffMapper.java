package io.ticketflow.presales;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/** {@code tf_opportunity_handoff}: one row per won opportunity that started its after-sales ticket. */
@Mapper
interface HandoffMapper {

    /** Claims the handoff; a second claim for the same opportunity fails on the primary key. */
    @Insert("insert into tf_opportunity_handoff (opportunity_id, handed_over_at) values (#{opportunityId}, #{at})")
    void claim(@Param("opportunityId") String opportunityId, @Param("at") Instant at);

    @Update("update tf_opportunity_handoff set ticket_id = #{ticketId} where opportunity_id = #{opportunityId}")
    void complete(@Param("opportunityId") String opportunityId, @Param("ticketId") long ticketId);
}
