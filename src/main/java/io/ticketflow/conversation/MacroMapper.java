package io.ticketflow.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MacroMapper {

    void insertVersion(@Param("code") String code, @Param("version") int version, @Param("title") String title,
            @Param("body") String body, @Param("retired") boolean retired, @Param("createdBy") String createdBy,
            @Param("createdAt") Instant createdAt);

    /** The newest version of every code that is not retired, by code. */
    List<Macro> findCurrent();

    Optional<Macro> findLatest(String code);

    Optional<Macro> findVersion(@Param("code") String code, @Param("version") int version);

    List<Macro> findVersions(String code);
}
