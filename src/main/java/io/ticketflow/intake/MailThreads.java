package io.ticketflow.intake;

import io.ticketflow.ticket.Channel;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail thread of a ticket: the Message-IDs of the customer's mails taken in and of ours sent, oldest first. A
 * mail we send is remembered with the ticket, so the customer's answer to it (In-Reply-To) lands on the same ticket
 * even when its subject lost the ticket number.
 */
@Component
public class MailThreads {

    static final String SENT = "SENT";

    private final IntakeMapper mapper;
    private final ChannelMessages messages;

    MailThreads(IntakeMapper mapper, ChannelMessages messages) {
        this.mapper = mapper;
        this.messages = messages;
    }

    /** A ticket's mail thread: every Message-ID oldest first, and the customer's newest mail (null if none). */
    public record Thread(List<String> messageIds, String lastFromCustomer) {
    }

    public Thread of(long ticketId) {
        List<IntakeMapper.ThreadMessage> messages = mapper.findMessagesOfTicket(Channel.EMAIL.name(), ticketId);
        String lastFromCustomer = null;
        for (IntakeMapper.ThreadMessage message : messages) {
            if (!SENT.equals(message.outcome())) {
                lastFromCustomer = message.messageId();
            }
        }
        return new Thread(messages.stream().map(IntakeMapper.ThreadMessage::messageId).toList(), lastFromCustomer);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remember(long ticketId, String messageId) {
        messages.firstTime(Channel.EMAIL.name(), messageId, ticketId, SENT);
    }
}
