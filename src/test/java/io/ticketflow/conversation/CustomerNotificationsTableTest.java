package io.ticketflow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.conversation.CustomerNotifications.Notify;
import io.ticketflow.conversation.CustomerNotifications.SendBy;
import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.ticket.TicketEventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real {@code rules/customer-notifications.drl.csv} and {@code rules/messages/}: what the customer hears about,
 * every row fires, every message it names exists in Chinese and English and uses only the documented placeholders.
 */
class CustomerNotificationsTableTest {

    /** The placeholders a customer message may use (docs/analysts.md lists them). */
    static final Set<String> CUSTOMER_PLACEHOLDERS = Set.of("customerName", "ticketNumber", "subject", "statusUrl",
            "message", "stage", "engineer");
    private static final Path TABLE = Path.of("rules/customer-notifications.drl.csv");

    private static CustomerNotifications table;
    private static MessageTemplates templates;

    @BeforeAll
    static void compileTheRealTable() {
        RulesSettings rules = new RulesSettings(Path.of("rules"));
        table = new CustomerNotifications(new DecisionTables(rules));
        templates = new MessageTemplates(rules);
    }

    @ParameterizedTest(name = "{0} on a {1} ticket ({2}, {3}) → {4}")
    @CsvSource({
        "CREATED,EMAIL,TicketLifecycleProcess,,ticket-received",
        "CREATED,WECHAT,MaintenanceOffer,,maintenance-offer",
        "REPLIED,PHONE,Complaint,,agent-reply",
        "ASSIGNED,WEB,FieldService,,engineer-assigned",
        "STAGE_REACHED,MINI_PROGRAM,Complaint,PARTS_ALLOCATION,parts-allocation",
        "RESOLVED,MARKETPLACE,TicketLifecycleProcess,,ticket-resolved"})
    void theCustomerHearsAboutWhatMattersToThem(TicketEventType event, String channel, String journey, String stage,
            String message) {
        assertThat(table.decide(event, channel, journey, stage)).map(Notify::message).hasValue(message);
    }

    @ParameterizedTest(name = "{0} on {2}: nothing")
    @CsvSource({"ROUTED,EMAIL,TicketLifecycleProcess", "NOTE_ADDED,WECHAT,Complaint",
        "ASSIGNED,EMAIL,TicketLifecycleProcess", "SLA_BREACHED,PHONE,FieldService", "STEP_STARTED,WEB,Complaint"})
    void internalEventsAreNotToldToTheCustomer(TicketEventType event, String channel, String journey) {
        assertThat(table.decide(event, channel, journey, null)).isEmpty();
    }

    @Test
    void onlyEventsSomeRowNamesAreLookedAtFurther() {
        assertThat(table.mayNotify(TicketEventType.REPLIED)).isTrue();
        assertThat(table.mayNotify(TicketEventType.STAGE_REACHED)).isTrue();
        assertThat(table.mayNotify(TicketEventType.NOTE_ADDED)).isFalse();
        assertThat(table.mayNotify(TicketEventType.SLA_WARNING)).isFalse();
    }

    /** Each row, given its own conditions (an empty cell: a value no row names), is chosen by that row. */
    @Test
    void everyRowFiresForTheEventsItDescribes() throws IOException {
        List<List<String>> rows = TableRows.rows(TABLE);
        assertThat(rows).isNotEmpty();
        for (List<String> row : rows) {
            Optional<Notify> chosen = table.decide(TicketEventType.valueOf(row.get(1)), or(row.get(2), "NO_CHANNEL"),
                    or(row.get(3), "NoSuchJourney"), row.get(4).isEmpty() ? null : row.get(4));
            assertThat(chosen).as("row \"%s\"", row.get(0)).map(Notify::row).hasValue(row.get(0));
            assertThat(chosen.get().sendBy()).isIn((Object[]) SendBy.values());
        }
    }

    @Test
    void everyMessageTheTableNamesExistsInBothLanguagesWithDocumentedPlaceholdersOnly() throws IOException {
        for (List<String> row : TableRows.rows(TABLE)) {
            String message = row.get(5);
            for (String language : List.of("zh", "en")) {
                assertThat(Path.of("rules/messages", message + "." + language + ".txt")).as(row.get(0)).exists();
            }
            assertThat(templates.placeholders(message)).as(message).isSubsetOf(CUSTOMER_PLACEHOLDERS);
        }
    }

    @Test
    void everyMessageFileHasItsTwinInTheOtherLanguage() throws IOException {
        try (var files = Files.list(Path.of("rules/messages"))) {
            files.map(file -> file.getFileName().toString()).forEach(name -> {
                String twin = name.endsWith(".zh.txt") ? name.replace(".zh.txt", ".en.txt")
                        : name.replace(".en.txt", ".zh.txt");
                assertThat(Path.of("rules/messages", twin)).as("the twin of " + name).exists();
            });
        }
    }

    @Test
    void whatPeopleWroteIsFilledInAsWrittenNeverReadAsATemplate() {
        var rendered = templates.render("agent-reply", "en", Map.of("customerName", "Ana ${ticketNumber}",
                "ticketNumber", "TF-2026-000001", "subject", "Oven $1 \\ broken", "message", "Use ${statusUrl} $0",
                "statusUrl", "https://help.example/status/TF-2026-000001?token=abc"));

        assertThat(rendered.subject()).isEqualTo("Re: Oven $1 \\ broken [TF-2026-000001]");
        assertThat(rendered.body()).startsWith("Dear Ana ${ticketNumber},").contains("Use ${statusUrl} $0");
    }

    @Test
    void chineseIsTheDefaultLanguage() {
        assertThat(templates.render("ticket-received", null, Map.of("ticketNumber", "TF-2026-000002")).subject())
                .startsWith("已收到您的问题");
        assertThat(MessageTemplates.language("fr")).isEqualTo("zh");
        assertThat(MessageTemplates.language("en-GB")).isEqualTo("en");
    }

    private static String or(String cell, String otherwise) {
        return cell.isEmpty() ? otherwise : cell;
    }
}
