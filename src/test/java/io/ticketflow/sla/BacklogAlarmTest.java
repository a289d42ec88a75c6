package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BacklogAlarmTest {

    private static final SlaSettings.Thresholds FIFTY_FORTY = new SlaSettings.Thresholds(50, 40);

    @ParameterizedTest(name = "raised={0}, {1} open → {2}")
    @CsvSource({
            "false, 49, NONE",
            "false, 50, RAISE",
            "false, 80, RAISE",
            "true,  80, NONE",
            "true,  45, NONE",
            "true,  40, NONE",
            "true,  39, CLEAR",
            "false, 39, NONE"})
    void raisesAtTheUpperThresholdAndReArmsBelowTheLowerOne(boolean raised, int open, BacklogAlarm expected) {
        assertThat(BacklogAlarm.decide(raised, open, FIFTY_FORTY)).isEqualTo(expected);
    }

    @Test
    void refusesALowerThresholdAboveTheUpperOne() {
        assertThatThrownBy(() -> new SlaSettings.Thresholds(10, 20)).hasMessageContaining("clear-below 20");
    }
}
