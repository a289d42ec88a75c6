package io.ticketflow.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CustomerMapper {

    void insertCustomer(Customer customer);

    Optional<Customer> findCustomerById(long id);

    List<Customer> findCustomersByIds(@Param("ids") Collection<Long> ids);

    Optional<Customer> findCustomerByIdentity(@Param("kind") IdentityKind kind, @Param("channel") String channel,
            @Param("externalId") String externalId);

    boolean existsIdentity(@Param("kind") IdentityKind kind, @Param("channel") String channel,
            @Param("externalId") String externalId);

    void insertIdentity(@Param("customerId") long customerId, @Param("kind") IdentityKind kind,
            @Param("channel") String channel, @Param("externalId") String externalId,
            @Param("createdAt") Instant createdAt);

    List<CustomerIdentity> findIdentities(long customerId);

    void moveIdentities(@Param("from") long from, @Param("to") long to);

    int markMerged(@Param("id") long id, @Param("into") long into, @Param("at") Instant at);

    Optional<Order> findOrder(String orderNumber);

    void insertOrder(Order order);

    int updateOrder(Order order);

    List<Order> findOrdersOf(long customerId);

    Optional<Opportunity> findOpportunity(String externalId);

    void insertOpportunity(Opportunity opportunity);

    @Update("update tf_opportunity set presales_ticket_id = #{ticketId} "
            + "where external_id = #{externalId} and presales_ticket_id is null")
    int markPresalesTicket(@Param("externalId") String externalId, @Param("ticketId") long ticketId);

    @Select("select presales_ticket_id from tf_opportunity where external_id = #{externalId}")
    Long findPresalesTicket(@Param("externalId") String externalId);

    int updateOpportunity(Opportunity opportunity);

    List<Opportunity> findOpportunitiesOf(long customerId);

    void moveOrders(@Param("from") long from, @Param("to") long to);

    void moveOpportunities(@Param("from") long from, @Param("to") long to);

    void fillMissingContactDetails(@Param("id") long id, @Param("phone") String phone, @Param("email") String email,
            @Param("tier") CustomerTier tier, @Param("lifetimeValue") Long lifetimeValue,
            @Param("updatedAt") Instant updatedAt);

    void updateLanguage(@Param("id") long id, @Param("language") String language);
}
