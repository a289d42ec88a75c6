package io.ticketflow.dispatch;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.NotPermittedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(DispatchController.DISPATCH)
@Tag(name = "Dispatch", description = "Teams, service stations and agents' skills, duty and capacity")
class DispatchController {

    static final String DISPATCH = "/api/dispatch";
    private static final String ID = "[a-zA-Z0-9][a-zA-Z0-9_.@-]{0,63}";
    private static final String CODE = "[A-Z][A-Z0-9_-]{0,39}";

    private final DispatchDirectory directory;

    DispatchController(DispatchDirectory directory) {
        this.directory = directory;
    }

    record TeamInput(@NotBlank @Size(max = 200) @PlainText String name,
            @Pattern(regexp = CODE, message = "must be an upper-case region code such as EAST") @KnownRegion
            @Schema(description = "The region the team serves; leave out for a national team") String region,
            @NotNull @Schema(description = "Dispatch picks a person; otherwise members claim from the queue")
            Boolean directAssignment) {
    }

    record StationInput(@NotBlank @Size(max = 200) @PlainText String name,
            @NotNull @Pattern(regexp = CODE, message = "must be an upper-case region code such as EAST") @KnownRegion
            String region,
            @NotNull StationKind kind,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    record AgentInput(
            @Pattern(regexp = CODE, message = "must be an upper-case region code such as EAST") @KnownRegion
            @Schema(description = "The region the agent serves; leave out for every region") String region,
            @Pattern(regexp = CODE, message = "must be a station code such as SH-PUDONG") String station,
            @NotNull Boolean onDuty,
            @NotNull @Min(0) @Max(500) Integer capacity,
            @NotNull @Size(max = 30) Set<@Pattern(regexp = "[a-z][a-z0-9-]{0,39}",
                    message = "must be a lower-case skill tag such as repair") String> skills) {
    }

    record DutyInput(@NotNull Boolean onDuty) {
    }

    @GetMapping("/teams")
    @Operation(summary = "Teams with the region they serve and whether dispatch assigns their tickets directly")
    List<Team> teams() {
        return directory.teams();
    }

    @PutMapping("/teams/{groupId}")
    @Operation(summary = "Create or change a team (admin)")
    Team saveTeam(@PathVariable @Pattern(regexp = ID) String groupId, @Valid @RequestBody TeamInput input) {
        return directory.saveTeam(groupId, input.name(), input.region(), input.directAssignment());
    }

    @GetMapping("/stations")
    @Operation(summary = "Service stations and warehouses with their coordinates")
    List<ServiceStation> stations() {
        return directory.stations();
    }

    @PutMapping("/stations/{code}")
    @Operation(summary = "Create or change a station (admin)")
    ServiceStation saveStation(@PathVariable @Pattern(regexp = CODE) String code,
            @Valid @RequestBody StationInput input) {
        return directory.saveStation(code, input.name(), input.region(), input.kind(), input.latitude(),
                input.longitude());
    }

    @GetMapping("/agents")
    @Operation(summary = "Agents' dispatch profiles with their current open tickets")
    List<AgentProfile> agents() {
        return directory.agents();
    }

    @PutMapping("/agents/{userId}")
    @Operation(summary = "Set an agent's region, home station, duty, capacity and skills (supervisor, admin)")
    AgentProfile saveAgent(@PathVariable @Pattern(regexp = ID) String userId, @Valid @RequestBody AgentInput input) {
        return directory.saveAgent(userId, input.region(), input.station(), input.onDuty(), input.capacity(),
                input.skills());
    }

    @PutMapping("/agents/{userId}/duty")
    @Operation(summary = "Start or end a shift: an agent for themselves, a supervisor for anyone")
    AgentProfile setDuty(@PathVariable @Pattern(regexp = ID) String userId, @Valid @RequestBody DutyInput input) {
        CurrentUser user = CurrentUser.get();
        if (!user.userId().equals(userId) && !user.isMemberOf(Roles.SUPERVISOR) && !user.isMemberOf(Roles.ADMIN)) {
            throw new NotPermittedException("Only a supervisor can change another agent's duty");
        }
        return directory.setDuty(userId, input.onDuty());
    }
}
