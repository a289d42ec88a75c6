package io.ticketflow.conversation;

/**
 * What the customer notifications table looks at: the timeline event, the ticket's channel and journey, and the
 * stage a STAGE_REACHED event reached. A JavaBean because table conditions read bean properties.
 */
public class ConversationFacts {

    private final String event;
    private final String channel;
    private final String journey;
    private final String stage;

    ConversationFacts(String event, String channel, String journey, String stage) {
        this.event = event;
        this.channel = channel;
        this.journey = journey;
        this.stage = stage;
    }

    public String getEvent() {
        return event;
    }

    public String getChannel() {
        return channel;
    }

    public String getJourney() {
        return journey;
    }

    public String getStage() {
        return stage;
    }

    @Override
    public String toString() {
        return "event=" + event + ", channel=" + channel + ", journey=" + journey + ", stage=" + stage;
    }
}
