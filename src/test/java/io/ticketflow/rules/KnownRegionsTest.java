package io.ticketflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ticketflow.sla.calendar.CalendarFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The known regions are the {@code regions} of {@code rules/calendars.yaml} (requests naming any other are refused);
 * every other analysts' file that names regions must stay within them.
 */
class KnownRegionsTest {

    @Test
    void everySettlementRegionIsAKnownRegion() throws Exception {
        var known = CalendarFile.parse(Files.readAllBytes(Path.of("rules", "calendars.yaml")), "calendars.yaml")
                .regions();
        JsonNode settlement = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readAllBytes(Path.of("rules", "settlement-regions.yaml")));
        List<String> named = new ArrayList<>();
        settlement.get("regions").fieldNames().forEachRemaining(named::add);

        assertThat(known).containsAll(named).contains("EAST", "NORTH", "SOUTH", "WEST");
    }
}
