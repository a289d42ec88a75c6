package io.ticketflow.intake;

/** What the channel defaults table looks at. A JavaBean because table conditions read bean properties. */
public class ChannelFacts {

    private final String channel;

    ChannelFacts(String channel) {
        this.channel = channel;
    }

    public String getChannel() {
        return channel;
    }

    @Override
    public String toString() {
        return "channel=" + channel;
    }
}
