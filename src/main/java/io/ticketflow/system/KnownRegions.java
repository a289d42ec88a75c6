package io.ticketflow.system;

import java.util.SortedSet;

/**
 * The regions a ticket, team, station, agent or partner may name. One source of truth: the {@code regions} of
 * {@code rules/calendars.yaml} — every ticket's SLA clocks count in its region's business calendar, so a region
 * exists once analysts have said which calendar it works in ({@code sla/SlaCalendars} implements this). Other files
 * that name regions ({@code settlement-regions.yaml}, the routing tables) must use these; a test checks it.
 */
public interface KnownRegions {

    SortedSet<String> all();

    default boolean isKnown(String region) {
        return all().contains(region);
    }
}
