package io.ticketflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.customer.CustomerTier;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.JourneyChooser;
import io.ticketflow.ticket.TicketSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

    /**
     * For each row, a ticket with the row's own conditions (an empty cell: any value of it) is sent to that row's
     * journey by that row — a row an earlier one always takes first fails. Read from the table, so a row an analyst
     * adds is checked without Java.
     */
    @Test
    void everyRowOfTheTableFiresForTheTicketsItDescribes() throws IOException {
        List<List<String>> rows = TableRows.rows(Path.of("rules/journeys.drl.csv"));
        assertThat(rows).isNotEmpty();
        for (List<String> row : rows) {
            assertThat(firesFor(row)).as("a ticket row \"%s\" describes starts %s by that row", row.get(0),
                    row.get(5)).isTrue();
        }
    }

    private static boolean firesFor(List<String> row) {
        String category = row.get(1).isEmpty() ? "NO_ROW_NAMES_THIS" : row.get(1);
        String template = row.get(2).isEmpty() ? null : row.get(2);
        List<Channel> channels = row.get(3).isEmpty() ? List.of(Channel.values())
                : List.of(Channel.valueOf(row.get(3)));
        List<String> tiers = row.get(4).isEmpty() ? Arrays.stream(CustomerTier.values()).map(Enum::name).toList()
                : List.of(row.get(4));
        for (Channel channel : channels) {
            for (String tier : tiers) {
                JourneyChooser.Choice choice = journeys.choose(TicketSamples.newTicket("TF-TEST", category, channel,
                        "EAST", template), tier, null);
                if (choice.reason().endsWith("row \"" + row.get(0) + "\"")
                        && choice.processKey().equals(row.get(5))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JourneyChooser.Choice choose(String category, Channel channel) {
        return journeys.choose(TicketSamples.newTicket("TF-TEST", category, channel, "EAST"), "STANDARD", null);
    }
}
