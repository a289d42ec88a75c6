package io.ticketflow.intake;

import io.ticketflow.customer.ChannelIdentity;
import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.Opportunity;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.IntakeLinks;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way every channel brings a ticket in: the channel's defaults, the scenario template's fields checked (every
 * bad field named, nothing stored on rejection), the customer recognised across channels, the duplicate guard (a new
 * message about the same order and category while the customer's ticket is open is added to that ticket), the order
 * and open opportunity linked, attachments attached — all in one transaction with the ticket and its lifecycle.
 */
@Service
public class TicketIntake {

    /** Channels where the sender's contact details are not proven: they never add details to a known customer. */
    static final Set<Channel> UNVERIFIED_CHANNELS = Set.of(Channel.WEB, Channel.EMAIL);

    static final String CREATED = "CREATED";
    static final String APPENDED = "APPENDED";

    private final TicketService tickets;
    private final CustomerService customers;
    private final CustomerRecords records;
    private final TemplateBook templates;
    private final ChannelDefaults defaults;
    private final AttachmentStore attachments;
    private final IntakeMapper mapper;
    private final IntakeSettings settings;
    private final Clock clock;

    TicketIntake(TicketService tickets, CustomerService customers, CustomerRecords records, TemplateBook templates,
            ChannelDefaults defaults, AttachmentStore attachments, IntakeMapper mapper, IntakeSettings settings,
            Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.records = records;
        this.templates = templates;
        this.defaults = defaults;
        this.attachments = attachments;
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A ticket as a channel hands it in. {@code category}, {@code template}, {@code statedUrgency}, the location,
     * {@code identity}, {@code fields}, {@code messageId} (the channel's id of the message, which makes a
     * redelivery harmless) and {@code journey} (a process key the journeys table allows; null: the table chooses)
     * may be null.
     */
    public record Submission(Channel channel, String category, String template, String subject, String description,
            Priority statedUrgency, String region, Double latitude, Double longitude, CustomerDetails customer,
            ChannelIdentity identity, Map<String, Object> fields, String messageId, String actor, String journey,
            String language) {

        /** A submission that says nothing of the customer's language (what is known of it stays). */
        public Submission(Channel channel, String category, String template, String subject, String description,
                Priority statedUrgency, String region, Double latitude, Double longitude, CustomerDetails customer,
                ChannelIdentity identity, Map<String, Object> fields, String messageId, String actor,
                String journey) {
            this(channel, category, template, subject, description, statedUrgency, region, latitude, longitude,
                    customer, identity, fields, messageId, actor, journey, null);
        }
    }

    /** The ticket the submission landed on, and whether it was new, added to an open one, or a redelivery. */
    public record Outcome(Ticket ticket, String result) {

        public boolean created() {
            return CREATED.equals(result);
        }
    }

    @Transactional
    public Outcome submit(Submission submission) {
        Optional<Outcome> replay = replayOf(submission.channel(), submission.messageId());
        if (replay.isPresent()) {
            return replay.get();
        }
        ChannelDefaults.Defaults channel = defaults.of(submission.channel());
        String category = submission.category() != null ? submission.category() : channel.category();
        Optional<TemplateVersion> template = templateFor(submission, category, channel);
        List<FieldError> errors = new ArrayList<>();
        if (settings.applicationCategories().contains(category)) {
            errors.add(new FieldError("category", category + " tickets are opened by the application only"));
        }
        Map<String, String> fields = template.map(t -> FieldChecks.checkValues(t.fields(), submission.fields(),
                model -> mapper.findDeviceModel(model).isPresent(), errors)).orElse(Map.of());
        if (template.isEmpty() && submission.fields() != null && !submission.fields().isEmpty()) {
            errors.add(new FieldError("fields", "category " + category + " has no template, so no custom fields"));
        }
        List<String> uploads = valuesOf(template, fields, FieldType.ATTACHMENT);
        template.ifPresent(t -> errors.addAll(attachments.checkTokens("fields", uploads)));
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }

        Customer customer = customers.findOrCreate(submission.customer(), submission.identity(),
                !UNVERIFIED_CHANNELS.contains(submission.channel()));
        if (submission.language() != null) {
            customers.rememberLanguage(customer.getId(), submission.language());
        }
        String orderNumber = first(valuesOf(template, fields, FieldType.ORDER_NUMBER));
        Optional<Ticket> open = tickets.openTicketAbout(customer.getId(), category, orderNumber,
                clock.instant().minus(settings.duplicateWindow()));
        if (open.isPresent()) {
            Ticket merged = tickets.mergeMessage(open.get().getId(), "via " + submission.channel() + ", about order "
                    + orderNumber + " in " + category + ": added to this open ticket instead of a new one",
                    submission.subject() + "\n\n" + submission.description(), submission.actor());
            attachments.attach(uploads, merged.getId());
            remember(submission, merged.getId(), APPENDED);
            return new Outcome(merged, APPENDED);
        }

        Ticket ticket = tickets.create(new NewTicket(submission.channel(), category, submission.subject(),
                submission.description(), submission.statedUrgency(), submission.region(), submission.latitude(),
                submission.longitude(), submission.customer()), customer, submission.actor(),
                new IntakeLinks(orderNumber,
                        records.openOpportunityOf(customer.getId()).map(Opportunity::externalId).orElse(null),
                        template.map(TemplateVersion::templateCode).orElse(null),
                        template.map(TemplateVersion::version).orElse(null),
                        first(valuesOf(template, fields, FieldType.SERIAL_NUMBER))), submission.journey());
        fields.forEach((name, value) -> mapper.insertField(ticket.getId(), name, value));
        attachments.attach(uploads, ticket.getId());
        remember(submission, ticket.getId(), CREATED);
        return new Outcome(tickets.get(ticket.getId()), CREATED);
    }

    /** The ticket a channel message already landed on, when the channel delivers it again. */
    public Optional<Outcome> replayOf(Channel channel, String messageId) {
        return messageId == null ? Optional.empty() : mapper.findTicketOfMessage(channel.name(), messageId)
                .map(id -> new Outcome(tickets.get(id), "REDELIVERED"));
    }

    /** The template version a submission is checked against: the one it names, or its category's. */
    private Optional<TemplateVersion> templateFor(Submission submission, String category,
            ChannelDefaults.Defaults channel) {
        if (submission.template() != null) {
            if (mapper.findTemplate(submission.template()).isEmpty()) {
                throw new InvalidFieldException("template", "there is no template " + submission.template());
            }
            return Optional.of(templates.current(submission.template()));
        }
        Optional<String> code = templates.forCategory(category).map(Template::code)
                .or(() -> Optional.ofNullable(channel.template()).filter(t -> mapper.findTemplate(t).isPresent()));
        return code.map(templates::current);
    }

    private static List<String> valuesOf(Optional<TemplateVersion> template, Map<String, String> fields,
            FieldType type) {
        List<String> values = new ArrayList<>();
        template.ifPresent(t -> t.fields().stream().filter(f -> f.type() == type && fields.containsKey(f.name()))
                .forEach(f -> values.addAll(type == FieldType.ATTACHMENT
                        ? Arrays.asList(fields.get(f.name()).split(",")) : List.of(fields.get(f.name())))));
        return values;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private void remember(Submission submission, long ticketId, String outcome) {
        if (submission.messageId() != null) {
            mapper.insertChannelMessage(submission.channel().name(), submission.messageId(), ticketId, outcome,
                    clock.instant());
        }
    }
}
