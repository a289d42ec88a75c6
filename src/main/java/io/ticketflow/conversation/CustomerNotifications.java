package io.ticketflow.conversation;

import io.ticketflow.rules.CompiledTable;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import io.ticketflow.ticket.TicketEventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code rules/customer-notifications.drl.csv}: which timeline events the customer is told about, with which message
 * and by which way — first match wins, no match tells nothing. An answer depends on its inputs only, so it is worked
 * out once per table version and inputs.
 */
@Component
class CustomerNotifications {

    static final String TABLE = "customer-notifications";
    static final String NONE = "NONE";
    private static final Pattern RULE = Pattern.compile("(?s)rule \"[^\"]*\".*?\\bend\\b");
    private static final Pattern EVENT = Pattern.compile("event == \"([A-Z_]+)\"");

    /** How a message goes: the customer's own way back (CHANNEL), or always by MAIL, SMS or CALLBACK. */
    enum SendBy {
        CHANNEL, MAIL, SMS, CALLBACK
    }

    /** The row that chose: the message (a file pair in rules/messages) and how it goes. */
    record Notify(String message, SendBy sendBy, String row) {
    }

    private final DecisionTables tables;
    private final Map<String, Optional<Notify>> answers = new ConcurrentHashMap<>();
    private final Map<String, Set<TicketEventType>> eventsOfVersion = new ConcurrentHashMap<>();

    CustomerNotifications(DecisionTables tables) {
        this.tables = tables;
        tables.table(TABLE);
    }

    /** Whether any row can match this event (so the ticket need not be read for the others). */
    boolean mayNotify(TicketEventType event) {
        CompiledTable table = tables.table(TABLE);
        return eventsOfVersion.computeIfAbsent(table.version(), version -> eventsIn(table.drl())).contains(event);
    }

    Optional<Notify> decide(TicketEventType event, String channel, String journey, String stage) {
        String version = tables.table(TABLE).version();
        return answers.computeIfAbsent(String.join("|", version, event.name(), channel, String.valueOf(journey),
                String.valueOf(stage)), key -> evaluate(event, channel, journey, stage));
    }

    private Optional<Notify> evaluate(TicketEventType event, String channel, String journey, String stage) {
        List<FiredRow> fired = tables.decideRows(TABLE, new ConversationFacts(event.name(), channel, journey,
                stage));
        if (fired.isEmpty() || fired.get(0).value("message") == null
                || NONE.equals(fired.get(0).value("message"))) {
            return Optional.empty();
        }
        FiredRow row = fired.get(0);
        String sendBy = row.value("sendBy");
        return Optional.of(new Notify(row.value("message"), sendBy == null ? SendBy.CHANNEL : SendBy.valueOf(sendBy),
                row.row()));
    }

    /** The events the rows name; a row that names none matches every event. */
    private static Set<TicketEventType> eventsIn(String drl) {
        Set<TicketEventType> events = EnumSet.noneOf(TicketEventType.class);
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher event = EVENT.matcher(rule.group());
            if (!event.find()) {
                return EnumSet.allOf(TicketEventType.class);
            }
            events.add(TicketEventType.valueOf(event.group(1)));
        }
        return events;
    }
}
