package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who sees which tickets, as the scope a user's groups and dispatch profile give them (docs/security.md). */
class TicketScopeTest {

    @Test
    void anAdminSeesEveryTicket() {
        TicketScope scope = TicketScope.of(user("ada", Roles.ADMIN), Optional.of("EAST"));

        assertThat(scope.all()).isTrue();
        assertThat(scope.covers(search(null, null))).isTrue();
    }

    @Test
    void anIntegratorSeesEveryTicketAsTheChannelsServeEveryRegion() {
        assertThat(TicketScope.of(user("ida", Roles.INTEGRATOR), Optional.empty()).all()).isTrue();
    }

    @Test
    void aFieldEngineerSeesTheirTeamsAndTheRegionOfTheirDispatchProfile() {
        TicketScope scope = TicketScope.of(user("ned", Roles.AGENT, "repair-north", "installation"),
                Optional.of("NORTH"));

        assertThat(scope.all()).isFalse();
        assertThat(scope.userId()).isEqualTo("ned");
        assertThat(scope.teams()).containsExactly("installation", "repair-north");
        assertThat(scope.regions()).containsExactly("NORTH");
    }

    @Test
    void anAgentWithoutADispatchProfileServesNoRegion() {
        TicketScope scope = TicketScope.of(user("amy", Roles.AGENT, "support-l1"), Optional.empty());

        assertThat(scope.teams()).containsExactly("support-l1");
        assertThat(scope.regions()).isEmpty();
    }

    @Test
    void aSupervisorSeesTheTeamsTheySupervise() {
        TicketScope scope = TicketScope.of(user("sue", Roles.SUPERVISOR, "vip-care", "repair-east"),
                Optional.empty());

        assertThat(scope.all()).isFalse();
        assertThat(scope.teams()).containsExactly("repair-east", "vip-care");
        assertThat(scope.regions()).isEmpty();
    }

    @Test
    void aRegionalManagerServesTheRegionsOfTheirManagerGroupsWhichAreNoTeams() {
        TicketScope scope = TicketScope.of(user("maya", Roles.SUPERVISOR, "managers-north", "managers-east",
                "managers-"), Optional.of("WEST"));

        assertThat(scope.regions()).containsExactly("EAST", "NORTH", "WEST");
        assertThat(scope.teams()).isEmpty();
    }

    @Test
    void anAnalystSeesNoTicketOfAnyTeamOrRegion() {
        TicketScope scope = TicketScope.of(user("andy", Roles.ANALYST), Optional.empty());

        assertThat(scope.all()).isFalse();
        assertThat(scope.teams()).isEmpty();
        assertThat(scope.regions()).isEmpty();
    }

    @Test
    void aBlankProfileRegionIsNoRegion() {
        assertThat(TicketScope.of(user("ned", Roles.AGENT), Optional.of(" ")).regions()).isEmpty();
    }

    @Test
    void aSearchWithinTheCallersTeamOrRegionNeedsNoVisibilityPredicate() {
        TicketScope scope = TicketScope.of(user("ned", Roles.AGENT, "repair-north"), Optional.of("NORTH"));

        assertThat(scope.covers(search("repair-north", null))).isTrue();
        assertThat(scope.covers(search(null, "NORTH"))).isTrue();
        assertThat(scope.covers(search("repair-east", null))).isFalse();
        assertThat(scope.covers(search(null, "EAST"))).isFalse();
        assertThat(scope.covers(search(null, null))).isFalse();
    }

    @Test
    void theSystemsOwnScopeSeesEverything() {
        assertThat(TicketScope.everything().all()).isTrue();
    }

    private static CurrentUser user(String userId, String... groups) {
        return new CurrentUser(userId, List.of(groups));
    }

    private static TicketSearch search(String group, String region) {
        return new TicketSearch(null, group, region, null, 0, 20);
    }
}
