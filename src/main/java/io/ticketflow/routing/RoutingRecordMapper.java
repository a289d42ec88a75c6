package io.ticketflow.routing;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RoutingRecordMapper {

    void insertRoutingRecord(RoutingRecord record);

    /** Oldest first. */
    List<RoutingRecord> findRoutingRecordsByTicketId(long ticketId);
}
