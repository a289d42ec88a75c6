package io.ticketflow.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** {@code tf_device} and {@code tf_maintenance_ticket}. */
@Mapper
interface DeviceMapper {

    String COLUMNS = "d.id, d.serial_number, d.customer_id, d.product_model, d.region, d.purchased_on, "
            + "d.last_service_on, d.updated_at, (select max(m.due_on) from tf_maintenance_ticket m "
            + "where m.device_id = d.id) as last_offered_due_on";

    @Select("select " + COLUMNS + " from tf_device d where d.serial_number = #{serialNumber}")
    Optional<Device> findBySerial(String serialNumber);

    /** Devices in id order after {@code afterId}: the daily run's next batch. */
    @Select("select " + COLUMNS + " from tf_device d where d.id > #{afterId} order by d.id limit #{limit}")
    List<Device> page(@Param("afterId") long afterId, @Param("limit") int limit);

    @Select("select " + COLUMNS + " from tf_device d where d.customer_id = #{customerId} order by d.serial_number")
    List<Device> findOfCustomer(long customerId);

    @Insert("insert into tf_device (serial_number, customer_id, product_model, region, purchased_on, "
            + "last_service_on, updated_at) values (#{serialNumber}, #{customerId}, #{productModel}, #{region}, "
            + "#{purchasedOn}, #{lastServiceOn}, #{at})")
    void insert(@Param("serialNumber") String serialNumber, @Param("customerId") long customerId,
            @Param("productModel") String productModel, @Param("region") String region,
            @Param("purchasedOn") LocalDate purchasedOn, @Param("lastServiceOn") LocalDate lastServiceOn,
            @Param("at") Instant at);

    @Update("update tf_device set product_model = #{productModel}, region = #{region}, purchased_on = #{purchasedOn},"
            + " last_service_on = case when last_service_on is null or #{lastServiceOn,jdbcType=DATE} > last_service_on"
            + " then #{lastServiceOn,jdbcType=DATE} else last_service_on end,"
            + " updated_at = #{at} where serial_number = #{serialNumber}")
    int update(@Param("serialNumber") String serialNumber, @Param("productModel") String productModel,
            @Param("region") String region, @Param("purchasedOn") LocalDate purchasedOn,
            @Param("lastServiceOn") LocalDate lastServiceOn, @Param("at") Instant at);

    /**
     * A maintenance visit's report: the ticket's device (same customer) was serviced on that day — unless it was
     * already serviced later, or the ticket is not a visit (of {@code visitCategory}).
     */
    @Update("update tf_device set last_service_on = #{on}, updated_at = #{at} where serial_number = "
            + "(select t.device_serial from tf_ticket t where t.id = #{ticketId} and t.category = #{visitCategory}) "
            + "and customer_id = (select t.customer_id from tf_ticket t where t.id = #{ticketId}) "
            + "and (last_service_on is null or last_service_on < #{on})")
    int markServiced(@Param("ticketId") long ticketId, @Param("visitCategory") String visitCategory,
            @Param("on") LocalDate on, @Param("at") Instant at);

    /** Claims the maintenance of a device due on a day; a second claim fails on the primary key. */
    @Insert("insert into tf_maintenance_ticket (device_id, due_on, created_at) values (#{deviceId}, #{dueOn}, #{at})")
    void claim(@Param("deviceId") long deviceId, @Param("dueOn") LocalDate dueOn, @Param("at") Instant at);

    @Update("update tf_maintenance_ticket set ticket_id = #{ticketId} where device_id = #{deviceId} "
            + "and due_on = #{dueOn}")
    void complete(@Param("deviceId") long deviceId, @Param("dueOn") LocalDate dueOn,
            @Param("ticketId") long ticketId);

    @Update("update tf_device set customer_id = #{survivorId} where customer_id = #{mergedId}")
    void moveDevices(@Param("mergedId") long mergedId, @Param("survivorId") long survivorId);
}
