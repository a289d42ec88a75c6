package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.JourneyChooser;
import io.ticketflow.ticket.TicketSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real {@code rules/journeys.drl.csv}: which journey each kind of ticket starts; every row fires. */
class JourneysTableTest {

    private static Journeys journeys;

    @BeforeAll
    static void compileTheRealTable() {
        journeys = new Journeys(new DecisionTables(new RulesSettings(Path.of("rules"))), null);
    }

    @ParameterizedTest(name = "{0} via {1} → {2}")
    @CsvSource({
        "COMPLAINT,WEB,Complaint",
        "PRESALES,WECOM,PresalesInquiry",
        "INSTALLATION,MINI_PROGRAM,FieldService",
        "MAINTENANCE_OFFER,API,MaintenanceOffer",
        "MAINTENANCE,API,FieldService",
        "REPAIR,PHONE,TicketLifecycleProcess",
        "BILLING,EMAIL,TicketLifecycleProcess"})
    void eachKindOfTicketStartsItsJourney(String category, Channel channel, String journey) {
        assertThat(choose(category, channel).processKey()).isEqualTo(journey);
    }

    @Test
    void everyRowOfTheTableFires() throws IOException {
        Set<String> fired = new HashSet<>();
        for (String category : new String[] {"COMPLAINT", "PRESALES", "INSTALLATION", "MAINTENANCE_OFFER",
                "MAINTENANCE", "REPAIR"}) {
            String reason = choose(category, Channel.WEB).reason();
            fired.add(reason.substring(reason.indexOf('"') + 1, reason.lastIndexOf('"')));
        }

        assertThat(fired).containsExactlyInAnyOrderElementsOf(TableRows.names(Path.of("rules/journeys.drl.csv")));
    }

    private static JourneyChooser.Choice choose(String category, Channel channel) {
        return journeys.choose(TicketSamples.newTicket("TF-TEST", category, channel, "EAST"), "STANDARD", null);
    }
}
