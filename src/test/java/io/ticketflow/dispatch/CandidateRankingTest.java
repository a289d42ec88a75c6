package io.ticketflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private static final GeoPoint HANGZHOU_CUSTOMER = new GeoPoint(30.2741, 120.1551);
    private static final GeoPoint HANGZHOU_STATION = new GeoPoint(30.2590, 120.1300);
    private static final GeoPoint SHANGHAI_STATION = new GeoPoint(31.2215, 121.5447);
    private static final DispatchNeeds ON_SITE_REPAIR = new DispatchNeeds("repair", "EAST", HANGZHOU_CUSTOMER, true);
    private static final DispatchNeeds DESK_WORK = new DispatchNeeds("billing", "EAST", HANGZHOU_CUSTOMER, false);

    @Test
    void onSiteWorkGoesToTheNearestEligibleEngineer() {
        List<CandidateVerdict> ranked = CandidateRanking.rank(ON_SITE_REPAIR, List.of(
                engineer("shanghai", SHANGHAI_STATION, 0, 0),
                engineer("hangzhou", HANGZHOU_STATION, 2, 0)));

        assertThat(ranked).extracting(CandidateVerdict::userId).containsExactly("hangzhou", "shanghai");
        assertThat(ranked.get(0).distanceKm()).isLessThan(5);
        assertThat(ranked.get(1).distanceKm()).isGreaterThan(150);
        assertThat(ranked.get(0).describe()).matches("\\d+\\.\\d km from hangzhou station, 2 of 4 open tickets");
    }

    @Test
    void deskWorkGoesToTheLeastLoadedWhateverTheDistance() {
        List<CandidateVerdict> ranked = CandidateRanking.rank(DESK_WORK, List.of(
                member("near", Set.of("billing"), HANGZHOU_STATION, 3, 0),
                member("far", Set.of("billing"), SHANGHAI_STATION, 1, 0)));

        assertThat(ranked).extracting(CandidateVerdict::userId).containsExactly("far", "near");
        assertThat(ranked.get(0).distanceKm()).as("distance is not a criterion here").isNull();
        assertThat(ranked.get(0).describe()).isEqualTo("1 of 4 open tickets");
    }

    @Test
    void aTieGoesToWhoeverWaitedLongestSinceTheirLastTicketThenByName() {
        List<CandidateVerdict> ranked = CandidateRanking.rank(DESK_WORK, List.of(
                member("carl", Set.of("billing"), null, 1, 42),
                member("bea", Set.of("billing"), null, 1, 7),
                member("abe", Set.of("billing"), null, 1, 42)));

        assertThat(ranked).extracting(CandidateVerdict::userId).containsExactly("bea", "abe", "carl");
    }

    @Test
    void engineersWithoutAKnownStationComeAfterThoseWithOne() {
        List<CandidateVerdict> ranked = CandidateRanking.rank(ON_SITE_REPAIR, List.of(
                engineer("nowhere", null, 0, 0),
                engineer("shanghai", SHANGHAI_STATION, 3, 0)));

        assertThat(ranked).extracting(CandidateVerdict::userId).containsExactly("shanghai", "nowhere");
        assertThat(ranked.get(1).describe()).isEqualTo("0 of 4 open tickets");
    }

    @Test
    void excludesWithTheReasonAnAnalystUnderstands() {
        List<CandidateVerdict> ranked = CandidateRanking.rank(ON_SITE_REPAIR, List.of(
                new CandidateProfile("resting", Set.of("repair"), "EAST", "x", HANGZHOU_STATION, false, 4, 0, 0),
                new CandidateProfile("installer", Set.of("installation"), "EAST", "x", HANGZHOU_STATION, true, 4, 0,
                        0),
                new CandidateProfile("northerner", Set.of("repair"), "NORTH", "x", HANGZHOU_STATION, true, 4, 0, 0),
                new CandidateProfile("full", Set.of("repair"), "EAST", "x", HANGZHOU_STATION, true, 2, 2, 0),
                new CandidateProfile("anywhere", Set.of("repair"), null, "x", SHANGHAI_STATION, true, 4, 0, 0)));

        assertThat(ranked).extracting(CandidateVerdict::userId, CandidateVerdict::exclusion).containsExactly(
                tuple("anywhere", null),
                tuple("full", "at capacity (2 of 2 open tickets)"),
                tuple("installer", "lacks skill repair (has installation)"),
                tuple("northerner", "serves region NORTH, not EAST"),
                tuple("resting", "off duty"));
    }

    @Test
    void aTeamOfAnotherRegionServesTheTicketFromItsOwnRegion() {
        CandidateProfile northerner = new CandidateProfile("nora", Set.of("repair"), "NORTH", "x", null, true, 4, 0,
                0);

        assertThat(CandidateRanking.rank(ON_SITE_REPAIR, List.of(northerner)).get(0).eligible()).isFalse();
        assertThat(CandidateRanking.rank(ON_SITE_REPAIR.servedFrom("NORTH"), List.of(northerner)).get(0).eligible())
                .isTrue();
        assertThat(ON_SITE_REPAIR.servedFrom(null)).isSameAs(ON_SITE_REPAIR);
    }

    @Test
    void workNeedingNoSkillTakesAnyone() {
        DispatchNeeds general = new DispatchNeeds(null, "EAST", null, false);

        assertThat(CandidateRanking.rank(general, List.of(member("newcomer", Set.of(), null, 0, 0))))
                .singleElement().satisfies(v -> assertThat(v.eligible()).isTrue());
    }

    @Test
    void nobodyLeftMeansAnEmptyEligibleList() {
        assertThat(CandidateRanking.rank(ON_SITE_REPAIR, List.of())).isEmpty();
        assertThat(CandidateRanking.rank(ON_SITE_REPAIR, List.of(engineer("full", HANGZHOU_STATION, 4, 0))))
                .noneMatch(CandidateVerdict::eligible);
    }

    private static CandidateProfile engineer(String id, GeoPoint station, int open, long lastTicket) {
        return member(id, Set.of("repair"), station, open, lastTicket);
    }

    private static CandidateProfile member(String id, Set<String> skills, GeoPoint station, int open,
            long lastTicket) {
        return new CandidateProfile(id, skills, "EAST", id + " station", station, true, 4, open, lastTicket);
    }
}
