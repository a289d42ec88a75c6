package io.ticketflow.ticket;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The timeline rows of tickets. */
@Mapper
interface TicketEventMapper {

    void insertEvent(TicketEvent event);

    List<TicketEvent> findEventsByTicketId(long ticketId);
}
