package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed's approval rule on the real {@code rules/approval-levels.drl.csv}; every row fires. */
class ApprovalLevelsTableTest {

    private static ApprovalLevels levels;

    @BeforeAll
    static void compileTheRealTable() {
        levels = new ApprovalLevels(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource(delimiter = ';', value = {
        "REFUND;30000;",
        "REFUND;50000;",
        "REFUND;50000.01;technical-director",
        "REPAIR_QUOTE;60000;technical-director",
        "REPAIR_QUOTE;200000;technical-director",
        "REFUND;200000.01;technical-director general-manager",
        "REPAIR_QUOTE;1000000;technical-director general-manager"})
    void aboveFiftyThousandTheTechnicalDirectorAboveTwoHundredThousandAlsoTheGeneralManager(String type,
            BigDecimal amount, String approvers) {
        List<String> expected = approvers == null ? List.of() : List.of(approvers.split(" "));

        assertThat(levels.levelsFor(type, amount)).extracting(ApprovalLevels.Level::approverGroup)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void levelsAreAskedOneAfterTheOtherUntilEveryOneApproved() {
        BigDecimal amount = new BigDecimal("250000");

        assertThat(levels.next("REFUND", amount, null, 0).approverGroup()).isEqualTo("technical-director");
        assertThat(levels.next("REFUND", amount, null, 1).approverGroup()).isEqualTo("general-manager");
        assertThat(levels.next("REFUND", amount, null, 2).approved()).isTrue();
        assertThat(levels.next("REFUND", new BigDecimal("100"), null, 0).summary()).contains("needs no approval");
    }

    @Test
    void aRequestRevisedDownAfterARejectionStillGoesToEveryLevelItsHighestAmountNeeded() {
        ApprovalLevels.Next first = levels.next("REFUND", new BigDecimal("250000"), null, 0);
        ApprovalLevels.Next revised = levels.next("REFUND", new BigDecimal("40000"), first.peak(), 0);

        assertThat(revised.approverGroup()).isEqualTo("technical-director");
        assertThat(levels.next("REFUND", new BigDecimal("40000"), first.peak(), 1).approverGroup())
                .isEqualTo("general-manager");
        assertThat(revised.summary()).contains("first asked 250000");
    }

    @Test
    void everyRowOfTheTableFires() throws IOException {
        Set<String> fired = new HashSet<>();
        for (String amount : List.of("60000", "250000")) {
            levels.levelsFor("REFUND", new BigDecimal(amount)).forEach(level -> fired.add(
                    level.rule().substring(level.rule().indexOf('"') + 1, level.rule().lastIndexOf('"'))));
        }

        assertThat(fired).containsExactlyInAnyOrderElementsOf(TableRows.names(Path.of(
                "rules/approval-levels.drl.csv")));
    }
}
