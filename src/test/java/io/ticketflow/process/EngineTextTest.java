package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineTextTest {

    @Test
    void keepsTextThatFitsThreeByteUtf8AsItIs() {
        assertThat(EngineText.safe("冰箱不制冷 — Kühlschrank")).isEqualTo("冰箱不制冷 — Kühlschrank");
        assertThat(EngineText.safe(null)).isNull();
    }

    @Test
    void replacesEachFourByteCharacterWithOneReplacementCharacter() {
        assertThat(EngineText.safe("Fridge 😟 broken 𠀋")).isEqualTo("Fridge \uFFFD broken \uFFFD");
    }
}
