package io.ticketflow.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CustomerMapper {

    void insertCustomer(Customer customer);

    Optional<Customer> findCustomerById(long id);

    List<Customer> findCustomersByIds(@Param("ids") Collection<Long> ids);

    Optional<Customer> findFirstCustomerByEmail(String email);

    Optional<Customer> findFirstCustomerByPhone(String phone);

    void fillMissingContactDetails(@Param("id") long id, @Param("phone") String phone, @Param("email") String email,
            @Param("tier") CustomerTier tier, @Param("lifetimeValue") Long lifetimeValue,
            @Param("updatedAt") Instant updatedAt);
}
