package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst's slip in a settlement table does: the job that reaches the row is refused with the table, the row
 * and what to fix (the settlement step then shows an incident to retry after the fix), never priced wrongly.
 */
class SettlementTableMistakesTest {

    private static final String SURCHARGE = "settlement-surcharge@2026-01-01.drl.csv";
    private static final String PIECE_RATE = "settlement-piece-rate@2026-01-01.drl.csv";
    private static final String REGION = "settlement-region@2026-01-01.drl.csv";
    private static final LocalDate DAY = LocalDate.parse("2026-06-15");
    private static final RegionFinance FINANCE = new RegionFinance("CNY", new BigDecimal("0.06"),
            SettlementRegions.FILE, "test", "EAST");

    @TempDir
    static Path rules;

    private static JobPricing mistaken;
    private static JobPricing real;

    @BeforeAll
    static void tablesWithOneMistakePerRow() throws IOException {
        RulesFixture.copyOfTheRealRules(rules);
        RulesFixture.change(rules, SURCHARGE, "Night installation,INSTALLATION,,,true,,,,,25,",
                "Night installation,INSTALLATION,,,true,,,,40.00,25,");
        RulesFixture.change(rules, PIECE_RATE, "Simple installation,,,INSTALLATION,SIMPLE,80.00,60",
                "Simple installation,,,INSTALLATION,SIMPLE,80.00,160");
        RulesFixture.change(rules, REGION, "Suqian\",0.90,", "Suqian\",0,");
        RulesFixture.change(rules, REGION, "West region,WEST,,1.05,", "West region,WEST,,-1.05,");
        mistaken = new JobPricing(RulesFixture.compiled(rules));
        real = new JobPricing(RulesFixture.compiled(RulesFixture.REAL_RULES));
    }

    @Test
    void aSurchargeRowFillingBothAnAmountAndAShareIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> mistaken.price(installation("COMPLEX", true, "EAST", "Ningbo"), DAY, FINANCE))
                .hasMessageContaining("settlement-surcharge@2026-01-01 table, row \"Night installation\"")
                .hasMessageContaining("fill exactly one of Amount, Share of job price % and Percent of parts cost")
                .hasMessageContaining("filled: Amount 40.00, Share of job price % 25");
    }

    @Test
    void aShareAboveAHundredPercentIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> mistaken.price(installation("SIMPLE", false, "EAST", "Ningbo"), DAY, FINANCE))
                .hasMessageContaining("settlement-piece-rate@2026-01-01 table, row \"Simple installation\"")
                .hasMessageContaining("above 0 and at most 100, not 160");
    }

    @Test
    void aCoefficientOfZeroOrBelowIsRefusedNamingTheRowWhileBelowOneLowersThePrice() {
        assertThatThrownBy(() -> mistaken.price(installation("COMPLEX", false, "EAST", "Zhenjiang"), DAY,
                FINANCE)).hasMessageContaining("settlement-region@2026-01-01 table, row \"Tier-3 cities\"")
                .hasMessageContaining("the coefficient must be above 0").hasMessageEndingWith("not 0");
        assertThatThrownBy(() -> mistaken.price(installation("COMPLEX", false, "WEST", "Lhasa"), DAY, FINANCE))
                .hasMessageContaining("row \"West region\"").hasMessageEndingWith("not -1.05");

        assertThat(real.price(installation("COMPLEX", false, "EAST", "Zhenjiang"), DAY, FINANCE))
                .filteredOn(l -> l.component() == LineComponent.COEFFICIENT).singleElement().satisfies(line -> {
                    assertThat(line.description()).isEqualTo("tier-3 city Zhenjiang ×0.9");
                    assertThat(line.quantity()).isEqualByComparingTo("90.00");
                    assertThat(line.amount()).isEqualByComparingTo("-9.00");
                });
    }

    private static JobFacts installation(String complexity, boolean night, String region, String city) {
        return new JobFacts("INSTALLER", "INSTALLATION", complexity, false, night, false, false, null, region, city);
    }
}
