package io.ticketflow.ticket;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The per-year counter from which blocks of ticket numbers are taken. */
@Mapper
interface TicketNumberMapper {

    Long lockNextValue(int year);

    void insertCounter(@Param("year") int year, @Param("nextValue") long nextValue);

    void advanceCounter(@Param("year") int year, @Param("nextValue") long nextValue);
}
