package io.ticketflow.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Partners, sales, service reports, statements, ticket settlements and lines. Updates return rows changed. */
@Mapper
interface SettlementMapper {

    Optional<Partner> findPartner(String code);

    List<Partner> findAllPartners();

    void insertPartner(Partner partner);

    int updatePartner(Partner partner);

    Optional<Partner> findPartnerOfMember(String userId);

    List<String> findMembers(String partnerCode);

    void deleteMembers(String partnerCode);

    void deleteMembership(String userId);

    void insertMember(@Param("userId") String userId, @Param("partnerCode") String partnerCode);

    int insertSale(@Param("partnerCode") String partnerCode, @Param("reference") String reference,
            @Param("saleDate") LocalDate saleDate, @Param("amount") BigDecimal amount,
            @Param("recordedAt") Instant recordedAt);

    BigDecimal sumSales(@Param("partnerCode") String partnerCode, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    Optional<ServiceReport> findReport(long ticketId);

    void insertReport(ServiceReport report);

    int updateReport(ServiceReport report);

    Optional<Statement> findStatement(@Param("partnerCode") String partnerCode, @Param("period") String period);

    Optional<Statement> findStatementById(long id);

    /** Locks the statement row until the transaction ends: confirming and adding lines take turns. */
    Optional<Statement> lockStatement(long id);

    void insertStatement(@Param("s") Statement statement, @Param("key") GeneratedKey key);

    int updateStatus(@Param("id") long id, @Param("from") StatementStatus from, @Param("to") StatementStatus to,
            @Param("at") Instant at, @Param("by") String by);

    void markCalculated(@Param("id") long id, @Param("at") Instant at);

    List<Statement> findStatements(@Param("partnerCode") String partnerCode, @Param("period") String period);

    Optional<TicketSettlementRecord> findTicketSettlement(long ticketId);

    void insertTicketSettlement(@Param("s") TicketSettlementRecord settlement, @Param("key") GeneratedKey key);

    int countTicketSettlements(long statementId);

    void insertLine(StatementLine line);

    void deleteLines(@Param("statementId") long statementId, @Param("kind") LineKind kind);

    List<StatementLine> findLines(long statementId);

    List<StatementLine> findTicketLines(long ticketSettlementId);

    List<StatementTotals> totals(@Param("statementIds") Collection<Long> statementIds);

    /** Jobs and revenue grouped by one column of tf_ticket_settlement (a name from {@link RevenueBoard}). */
    List<RevenueSum> revenue(@Param("dimension") String dimension, @Param("from") Instant from,
            @Param("to") Instant to);

    List<StationRates> stationRates(@Param("from") Instant from, @Param("to") Instant to);
}
