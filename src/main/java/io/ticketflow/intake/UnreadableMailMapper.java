package io.ticketflow.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** {@code tf_unreadable_mail}. */
@Mapper
interface UnreadableMailMapper {

    @Insert("insert into tf_unreadable_mail (subject, reason, size_bytes, truncated, raw_content, received_at) "
            + "values (#{subject}, #{reason}, #{size}, #{truncated}, #{raw}, #{at})")
    void insert(@Param("subject") String subject, @Param("reason") String reason, @Param("size") long size,
            @Param("truncated") boolean truncated, @Param("raw") byte[] raw, @Param("at") Instant at);

    @Select("select id, subject, reason, size_bytes, truncated, received_at from tf_unreadable_mail "
            + "order by received_at desc, id desc limit #{limit}")
    List<UnreadableMail.Kept> newest(int limit);

    @Select("select raw_content as content from tf_unreadable_mail where id = #{id}")
    Optional<StoredContent> raw(long id);
}
