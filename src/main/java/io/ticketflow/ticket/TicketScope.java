package io.ticketflow.ticket;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The tickets a user may see, as query parameters: every ticket ({@code all}: admins and integrators), or those of
 * their teams ({@code teams}: assigned group), their own (assignee now, or ever given to them by dispatch or a
 * transfer: a routing record names them), and those of the regions they serve ({@code regions}: the customer's
 * region or the handling region — an agent's dispatch profile region, a regional manager's {@code managers-<region>}
 * groups). {@code TicketMapper.xml}'s {@code visibleTo} fragment is the same rule in SQL; every list and every
 * single-ticket read a caller makes goes through it.
 */
public record TicketScope(boolean all, String userId, List<String> teams, List<String> regions) {

    /** Members of {@code managers-east} manage the EAST region. */
    public static final String REGION_MANAGERS_PREFIX = "managers-";

    private static final TicketScope EVERYTHING = new TicketScope(true, null, List.of(), List.of());

    public TicketScope {
        teams = List.copyOf(teams);
        regions = List.copyOf(regions);
    }

    /** No restriction: for the system's own work (delegates, listeners, jobs), never for a caller. */
    public static TicketScope everything() {
        return EVERYTHING;
    }

    /** The scope of a user from their groups and, when they have a dispatch profile, its region. */
    public static TicketScope of(CurrentUser user, Optional<String> dispatchRegion) {
        if (user.isMemberOf(Roles.ADMIN) || user.isMemberOf(Roles.INTEGRATOR)) {
            return new TicketScope(true, user.userId(), List.of(), List.of());
        }
        List<String> teams = user.teamIds().stream().filter(group -> !group.startsWith(REGION_MANAGERS_PREFIX))
                .sorted().toList();
        TreeSet<String> regions = new TreeSet<>(managedRegions(user.groupIds()));
        dispatchRegion.filter(region -> !region.isBlank()).ifPresent(regions::add);
        return new TicketScope(false, user.userId(), teams, List.copyOf(regions));
    }

    /** The regions a user manages through {@code managers-<region>} groups, upper case. */
    public static List<String> managedRegions(List<String> groupIds) {
        return groupIds.stream().filter(group -> group.startsWith(REGION_MANAGERS_PREFIX)
                        && group.length() > REGION_MANAGERS_PREFIX.length())
                .map(group -> group.substring(REGION_MANAGERS_PREFIX.length()).toUpperCase(Locale.ROOT))
                .distinct().sorted().toList();
    }

    /**
     * Whether every ticket the search can find is visible anyway (its team is one of the user's, or its region one
     * they serve), so the query needs no visibility predicate and reads its indexes as before.
     */
    public boolean covers(TicketSearch search) {
        return all || (search.group() != null && teams.contains(search.group()))
                || (search.region() != null && regions.contains(search.region()));
    }
}
