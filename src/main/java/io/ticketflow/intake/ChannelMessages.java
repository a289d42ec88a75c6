package io.ticketflow.intake;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages taken in once: a channel's message id (a mail's Message-ID, a status page form's one-time id) is
 * remembered with its ticket, so the same message sent again — a redelivery, a double click — is recognised.
 */
@Component
public class ChannelMessages {

    private final IntakeMapper mapper;
    private final Clock clock;

    ChannelMessages(IntakeMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Remembers the message; false when it was taken in before (nothing is remembered again). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstTime(String channel, String messageId, long ticketId, String outcome) {
        if (mapper.findTicketOfMessage(channel, messageId).isPresent()) {
            return false;
        }
        try {
            mapper.insertChannelMessage(channel, messageId, ticketId, outcome, clock.instant());
            return true;
        } catch (DuplicateKeyException takenMeanwhile) {
            return false;
        }
    }
}
