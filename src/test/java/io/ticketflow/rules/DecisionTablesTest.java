package io.ticketflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.routing.TicketRouter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What start-up does with the rules folder: compile everything, or refuse to start saying what is wrong. */
class DecisionTablesTest {

    @Test
    void compilesTheRulesFolderAndServesEachDecisionByName() {
        DecisionTables tables = new DecisionTables(new RulesSettings(Path.of("rules")));

        assertThat(tables.table("routing-team").resourceName()).isEqualTo("rules/routing-team.drl.csv");
        assertThat(tables.table("routing-team").drl()).contains("rule \"Everything else\"");
    }

    @Test
    void aBrokenTableStopsTheStartNamingFileRowAndReason(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("routing-team.drl.csv"), DecisionTableCompilerTest.routingTableWithRows(
                "Fine,,repair,,repair-east",
                "Forgotten action,,billing,,"));

        assertThatThrownBy(() -> new DecisionTables(new RulesSettings(folder)))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("routing-team.drl.csv row 13")
                .hasMessageContaining("no action");
    }

    @Test
    void aMissingRoutingTableStopsTheStart(@TempDir Path folder) {
        DecisionTables none = new DecisionTables(new RulesSettings(folder.resolve("does-not-exist")));
        DecisionTables empty = new DecisionTables(new RulesSettings(folder));

        assertThat(none.table("routing-team")).as("falls back to the copy on the classpath").isNotNull();
        assertThatThrownBy(() -> new TicketRouter(empty)).hasMessageContaining("routing");
    }
}
