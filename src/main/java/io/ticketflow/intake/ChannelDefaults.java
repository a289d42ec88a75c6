package io.ticketflow.intake;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.DecisionTables.FiredRow;
import io.ticketflow.ticket.Channel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code rules/channel-defaults.drl.csv}: the category (and template) a channel's tickets get when the channel gives
 * none. A channel's default priority is the routing urgency table's (the hotline is urgent); its response target is
 * the SLA policy table's.
 */
@Component
class ChannelDefaults {

    static final String TABLE = "channel-defaults";

    private final DecisionTables tables;

    ChannelDefaults(DecisionTables tables) {
        this.tables = tables;
        tables.table(TABLE);
    }

    record Defaults(String category, String template, String row) {
    }

    Defaults of(Channel channel) {
        List<FiredRow> fired = tables.decideRows(TABLE, new ChannelFacts(channel.name()));
        if (fired.isEmpty()) {
            throw new IllegalStateException("No row of the " + TABLE + " table matches channel " + channel
                    + "; the table needs a default row");
        }
        FiredRow row = fired.get(0);
        return new Defaults(row.value("category"), row.value("template"), row.row());
    }
}
