package io.ticketflow.dispatch;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Teams, stations and agents' dispatch profiles. Updates return the rows changed (0 = no such row). */
@Mapper
interface DispatchMapper {

    Optional<Team> findTeam(String groupId);

    List<Team> findAllTeams();

    void insertTeam(Team team);

    int updateTeam(Team team);

    Optional<ServiceStation> findStation(String code);

    List<ServiceStation> findAllStations();

    void insertStation(ServiceStation station);

    int updateStation(ServiceStation station);

    List<AgentRow> findAgents(@Param("userIds") Collection<String> userIds);

    List<AgentRow> findAllAgents();

    /** The region of the agent's dispatch profile; empty without a profile or a region. */
    Optional<String> findAgentRegion(String userId);

    List<AgentSkill> findSkills(@Param("userIds") Collection<String> userIds);

    /** Locks the agent's row until the transaction ends, so their capacity is checked by one dispatch at a time. */
    Optional<AgentRow> lockAgent(String userId);

    void recordDispatch(@Param("userId") String userId, @Param("ticketId") long ticketId);

    void insertAgent(@Param("userId") String userId, @Param("region") String region,
            @Param("stationCode") String stationCode, @Param("onDuty") boolean onDuty, @Param("capacity") int capacity,
            @Param("updatedAt") Instant updatedAt);

    int updateAgent(@Param("userId") String userId, @Param("region") String region,
            @Param("stationCode") String stationCode, @Param("onDuty") boolean onDuty, @Param("capacity") int capacity,
            @Param("updatedAt") Instant updatedAt);

    int updateDuty(@Param("userId") String userId, @Param("onDuty") boolean onDuty,
            @Param("updatedAt") Instant updatedAt);

    void deleteSkills(String userId);

    void insertSkill(AgentSkill skill);
}
