package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.ticket.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysts' examples for {@code rules/channel-defaults.drl.csv}. */
class ChannelDefaultsTest {

    private static ChannelDefaults defaults;

    @BeforeAll
    static void compileTheRealTable() {
        defaults = new ChannelDefaults(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({
            "MARKETPLACE,  RETURN,  ecommerce-return, Marketplace messages are about returns",
            "MINI_PROGRAM, REPAIR,  equipment-repair, Mini program messages are about repairs",
            "PHONE,        GENERAL, ,                 Phone hotline",
            "WECHAT,       GENERAL, ,                 Everything else",
            "WEB,          GENERAL, ,                 Everything else",
            "EMAIL,        GENERAL, ,                 Everything else"})
    void givesEachChannelItsDefaults(Channel channel, String category, String template, String row) {
        ChannelDefaults.Defaults found = defaults.of(channel);

        assertThat(found.category()).isEqualTo(category);
        assertThat(found.template()).isEqualTo(template);
        assertThat(found.row()).isEqualTo(row);
    }

    @Test
    void everyChannelHasDefaultsAndEveryRowFires() throws IOException {
        assertThat(Arrays.stream(Channel.values()).map(c -> defaults.of(c).row()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(TableRows.names(Path.of("rules/channel-defaults.drl.csv")));
    }
}
