package io.ticketflow.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.conversation.CustomerNotifications.Notify;
import io.ticketflow.conversation.CustomerNotifications.SendBy;
import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerIdentity;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.IdentityKind;
import io.ticketflow.intake.MailThreads;
import io.ticketflow.notification.Audience;
import io.ticketflow.notification.Message;
import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.Notification;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Outgoing;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.notification.Transport;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.StatusLinks;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketEvents;
import io.ticketflow.ticket.TicketService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the customer what the customer notifications table says they hear about — an agent's reply, the ticket
 * received with its number and status link, a stage reached, the resolution with its accept/reject/rate link — on
 * their channel, in their language, through the outbox. Decided just before the transaction that wrote the timeline
 * commits (the ticket is complete by then: journey, team, engineer), and queued in it: the message exists exactly
 * when the change does. A customer the way cannot reach (no e-mail, no callback configured for the channel) is
 * simply not sent to; the timeline still shows what happened.
 */
@Component
class CustomerUpdates {

    /** The kind of a message to a customer: CUSTOMER_ and its message, e.g. CUSTOMER_AGENT_REPLY. */
    static final String KIND_PREFIX = "CUSTOMER_";
    private static final Logger log = LoggerFactory.getLogger(CustomerUpdates.class);

    private final CustomerNotifications table;
    private final TicketService tickets;
    private final CustomerService customers;
    private final MessageTemplates templates;
    private final NotificationOutbox outbox;
    private final StatusLinks links;
    private final MailThreads threads;
    private final ConversationSettings settings;
    private final NotificationSettings notificationSettings;
    private final ObjectMapper json;
    private final Recipients recipients;

    CustomerUpdates(CustomerNotifications table, TicketService tickets, CustomerService customers,
            MessageTemplates templates, NotificationOutbox outbox, StatusLinks links, MailThreads threads,
            ConversationSettings settings, NotificationSettings notificationSettings, ObjectMapper json,
            Recipients recipients) {
        this.recipients = recipients;
        this.table = table;
        this.tickets = tickets;
        this.customers = customers;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.threads = threads;
        this.settings = settings;
        this.notificationSettings = notificationSettings;
        this.json = json;
    }

    /** Where a message goes: the transport, the customer's address on it, and the channel of a callback. */
    record Route(Transport transport, String address, String target) {
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketEvents.Recorded event) {
        if (!table.mayNotify(event.type())) {
            return;
        }
        Ticket ticket = tickets.get(event.ticketId());
        Optional<Notify> notify = table.decide(event.type(), ticket.getChannel().name(), ticket.getJourneyKey(),
                event.stage());
        if (notify.isEmpty()) {
            return;
        }
        Customer customer = customers.get(ticket.getCustomerId());
        Optional<Route> route = route(notify.get().sendBy(), ticket, customer);
        if (route.isEmpty()) {
            log.debug("{} on {}: the customer cannot be reached by {}", event.type(), ticket.getTicketNumber(),
                    notify.get().sendBy());
            return;
        }
        String language = MessageTemplates.language(customer.getLanguage());
        String statusUrl = statusUrl(ticket);
        Message message = templates.render(notify.get().message(), language, values(event, ticket, customer,
                statusUrl));
        String key = "customer:" + event.eventId();
        String kind = KIND_PREFIX + notify.get().message().toUpperCase(Locale.ROOT).replace('-', '_');
        Recipient recipient = new Recipient(null, route.get().address(), language);
        Transport transport = route.get().transport();
        Outgoing outgoing = switch (transport) {
            case MAIL -> mail(key, kind, event, ticket, recipient, message);
            case CALLBACK -> new Outgoing(key, kind, ticket.getId(), Audience.CUSTOMER, transport,
                    route.get().target(), recipient, message, callbackPayload(key, event, ticket, route.get(),
                    message, statusUrl, language), null, List.of(), event.eventId(), null);
            case SMS -> new Outgoing(key, kind, ticket.getId(), Audience.CUSTOMER, transport, "sms", recipient,
                    message, smsPayload(key, route.get(), message), null, List.of(), event.eventId(), null);
            case WEBHOOK -> throw new IllegalStateException("customers are not sent webhooks");
        };
        outbox.enqueue(outgoing).filter(queued -> transport == Transport.MAIL)
                .ifPresent(queued -> threads.remember(ticket.getId(), queued.getMessageId()));
    }

    private Outgoing mail(String key, String kind, TicketEvents.Recorded event, Ticket ticket, Recipient recipient,
            Message message) {
        MailThreads.Thread thread = threads.of(ticket.getId());
        Outgoing.Threading threading = thread.messageIds().isEmpty() ? null : new Outgoing.Threading(
                thread.lastFromCustomer() != null ? thread.lastFromCustomer()
                        : thread.messageIds().get(thread.messageIds().size() - 1),
                last(thread.messageIds(), 20));
        return new Outgoing(key, kind, ticket.getId(), Audience.CUSTOMER, Transport.MAIL, null, recipient, message,
                null, threading, event.attachmentIds(), event.eventId(), null);
    }

    private Optional<Route> route(SendBy sendBy, Ticket ticket, Customer customer) {
        SendBy way = sendBy != SendBy.CHANNEL ? sendBy : switch (ticket.getChannel()) {
            case EMAIL -> SendBy.MAIL;
            case PHONE -> SendBy.SMS;
            case WEB -> customer.getEmail() != null ? SendBy.MAIL : SendBy.SMS;
            default -> SendBy.CALLBACK;
        };
        return switch (way) {
            case MAIL -> Optional.ofNullable(customer.getEmail()).map(email -> new Route(Transport.MAIL, email, null));
            case SMS -> settings.sms().configured() ? Optional.ofNullable(customer.getPhone())
                    .map(phone -> new Route(Transport.SMS, phone, "sms")) : Optional.empty();
            case CALLBACK -> callbackRoute(ticket.getChannel(), customer);
            case CHANNEL -> Optional.empty();
        };
    }

    private Optional<Route> callbackRoute(Channel channel, Customer customer) {
        if (settings.callbackOf(channel.name()) == null) {
            return Optional.empty();
        }
        return customers.identities(customer.getId()).stream()
                .filter(identity -> identity.kind() == IdentityKind.CHANNEL
                        && identity.channel().equals(channel.name()))
                .map(CustomerIdentity::externalId).findFirst()
                .map(userId -> new Route(Transport.CALLBACK, userId, channel.name()));
    }

    private Map<String, String> values(TicketEvents.Recorded event, Ticket ticket, Customer customer,
            String statusUrl) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("customerName", customer.getName());
        values.put("ticketNumber", ticket.getTicketNumber());
        values.put("subject", ticket.getSubject());
        values.put("statusUrl", statusUrl);
        values.put("stage", event.stage());
        // Only what was written for the customer: a reply, why their file was refused (never a resolution note).
        boolean carriesText = event.type() == TicketEventType.REPLIED
                || event.type() == TicketEventType.ATTACHMENT_REFUSED;
        values.put("message", carriesText && event.detail() != null ? event.detail() : "");
        values.put("engineer", recipients.nameOf(ticket.getAssignee()));
        return values;
    }

    private String statusUrl(Ticket ticket) {
        return notificationSettings.publicUrl().replaceAll("/+$", "") + links.path(ticket.getTicketNumber());
    }

    private String callbackPayload(String id, TicketEvents.Recorded event, Ticket ticket, Route route,
            Message message, String statusUrl, String language) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", Notification.idOf(id));
        payload.put("type", "ticket.message");
        payload.put("event", event.type().name());
        payload.put("channel", route.target());
        payload.put("channelUserId", route.address());
        payload.put("ticketNumber", ticket.getTicketNumber());
        payload.put("title", message.subject());
        payload.put("text", message.body());
        payload.put("statusUrl", statusUrl);
        payload.put("language", language);
        payload.put("occurredAt", event.at().toString());
        return write(payload);
    }

    private String smsPayload(String id, Route route, Message message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", Notification.idOf(id));
        payload.put("to", route.address());
        payload.put("text", message.body());
        return write(payload);
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> last(List<String> ids, int count) {
        return ids.subList(Math.max(0, ids.size() - count), ids.size());
    }
}
