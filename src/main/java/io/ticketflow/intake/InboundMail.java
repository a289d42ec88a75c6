package io.ticketflow.intake;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.IdentityKind;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one e-mail from the support mailbox. A reply — its subject carries the ticket number of one of the
 * sender's tickets, or it answers (In-Reply-To, References) a mail already taken in — is added to that ticket as the
 * customer's reply (a ticket waiting on the customer goes back to work and its SLA clocks run again). Anything else
 * opens a ticket through intake. A mail taken in once is never taken in twice (its Message-ID is remembered). Mail no
 * person wrote ({@link AutomaticMail}: automatic replies, bounces, bulk mail, our own) opens nothing.
 */
@Service
class InboundMail {

    /** What became of an automatic mail: nothing. */
    static final String IGNORED = "IGNORED";
    /** A bounce of a message we sent: recorded against it (BOUNCED), no ticket. */
    static final String BOUNCE = "BOUNCE";
    /** How the Message-IDs of Ticketflow's own mails end (notification.Notification). */
    private static final String OUR_MESSAGE_IDS = "@ticketflow>";
    private static final Logger log = LoggerFactory.getLogger(InboundMail.class);
    static final Pattern TICKET_NUMBER = Pattern.compile("\\b(TF-\\d{4}-\\d{6})\\b");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int MAX_TEXT = 4000;

    private final TicketIntake intake;
    private final TicketService tickets;
    private final CustomerService customers;
    private final IntakeMapper mapper;
    private final IntakeSettings settings;
    private final AttachmentStore attachments;
    private final Set<String> ownAddresses;
    private final Bounces bounces;
    private final Clock clock;

    InboundMail(TicketIntake intake, TicketService tickets, CustomerService customers, IntakeMapper mapper,
            IntakeSettings settings, AttachmentStore attachments, Bounces bounces,
            @Value("${ticketflow.notification.from:ticketflow@localhost}") String sender, Clock clock) {
        this.attachments = attachments;
        this.bounces = bounces;
        this.ownAddresses = Stream.of(sender, settings.mailbox().username())
                .filter(address -> address != null && address.contains("@"))
                .map(address -> address.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.intake = intake;
        this.tickets = tickets;
        this.customers = customers;
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    /** What became of a mail: the ticket it landed on and how. */
    record Taken(String ticketNumber, String outcome) {
    }

    @Transactional(rollbackFor = Exception.class)
    Taken take(MimeMessage mail) throws MessagingException, IOException {
        String messageId = messageId(mail);
        Optional<Long> seen = mapper.findTicketOfMessage(Channel.EMAIL.name(), messageId);
        if (seen.isPresent()) {
            return new Taken(tickets.get(seen.get()).getTicketNumber(), "REDELIVERED");
        }
        InternetAddress from = sender(mail);
        Optional<String> automatic = AutomaticMail.reason(mail, from, ownAddresses);
        if (automatic.isPresent()) {
            Optional<String> bounced = AutomaticMail.isBounce(mail, from) ? bounces.record(mail) : Optional.empty();
            log.info("Mail '{}' opens no ticket: {}{}", oneLine(mail.getSubject()), automatic.get(),
                    bounced.map(id -> "; it bounced our message " + id).orElse(""));
            return new Taken(null, bounced.isPresent() ? BOUNCE : IGNORED);
        }
        String email = from.getAddress().toLowerCase(Locale.ROOT);
        String subject = mail.getSubject() == null || mail.getSubject().isBlank() ? "(no subject)"
                : mail.getSubject().strip();
        String text = clip(textOf(mail));
        Optional<Ticket> thread = threadOf(mail, subject, email);
        if (thread.isPresent() && thread.get().getStatus() != TicketStatus.CLOSED) {
            Ticket ticket = tickets.customerReplied(thread.get().getId(), text, "email:" + email);
            mapper.insertChannelMessage(Channel.EMAIL.name(), messageId, ticket.getId(), TicketIntake.APPENDED,
                    clock.instant());
            keepAttachments(mail, ticket.getId(), "email:" + email);
            return new Taken(ticket.getTicketNumber(), TicketIntake.APPENDED);
        }
        String name = from.getPersonal() == null || from.getPersonal().isBlank() ? email : from.getPersonal();
        TicketIntake.Outcome outcome = intake.submit(new TicketIntake.Submission(Channel.EMAIL, null, null,
                clip(subject, 200), text.isBlank() ? subject : text, null, settings.mailbox().region(), null, null,
                new CustomerDetails(clip(name, 200), null, email, null), null, null, messageId, "email:" + email, null,
                languageOf(mail, subject + " " + text)));
        keepAttachments(mail, outcome.ticket().getId(), "email:" + email);
        return new Taken(outcome.ticket().getTicketNumber(), outcome.result());
    }

    /**
     * The files attached to the mail, kept on the ticket by the upload rules (type by content, size); one refused is
     * recorded on the ticket with its name, size and why.
     */
    private void keepAttachments(Part mail, long ticketId, String actor) throws MessagingException, IOException {
        long limit = settings.attachments().maxSize().toBytes();
        for (Part file : filesOf(mail)) {
            String name = AttachmentStore.safeName(file.getFileName() == null ? "attachment" : file.getFileName());
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            }
            long size = content.length > limit && file.getSize() > content.length ? file.getSize() : content.length;
            Optional<String> refused = attachments.keepFromMail(name, content, size, ticketId, actor);
            if (refused.isPresent()) {
                tickets.recordSystemEvent(ticketId, TicketEventType.ATTACHMENT_REFUSED, "\"" + name + "\" ("
                        + (content.length > limit ? "over " : "") + size + " bytes) from the customer's mail: "
                        + refused.get());
            }
        }
    }

    /** The parts of a mail that are files: attachments, and inline parts with a file name that are not text. */
    private static List<Part> filesOf(Part part) throws MessagingException, IOException {
        List<Part> files = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                files.addAll(filesOf(multipart.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || (part.getFileName() != null && !part.isMimeType("text/*"))) {
            files.add(part);
        }
        return files;
    }

    /**
     * The language the customer wrote in: the mail's Content-Language when it is Chinese or English, else Chinese
     * when the subject or text has Chinese characters, else English.
     */
    private static String languageOf(MimeMessage mail, String written) throws MessagingException {
        String declared = mail.getHeader("Content-Language", ",");
        if (declared != null && declared.strip().length() >= 2) {
            String code = declared.strip().substring(0, 2).toLowerCase(Locale.ROOT);
            if (code.equals("zh") || code.equals("en")) {
                return code;
            }
        }
        return written.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }

    /** Text from a mail as one log line: line breaks cannot forge further lines. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]+", " ");
    }

    /** The sender's ticket named in the subject, or the ticket of a mail this one answers. */
    private Optional<Ticket> threadOf(MimeMessage mail, String subject, String email) throws MessagingException {
        Matcher number = TICKET_NUMBER.matcher(subject);
        if (number.find()) {
            Optional<Ticket> named = tickets.findByNumber(number.group(1))
                    .filter(t -> sentByItsCustomer(t, email));
            if (named.isPresent()) {
                return named;
            }
        }
        for (String answered : answeredIds(mail)) {
            Optional<Ticket> answeredTicket = mapper.findTicketOfMessage(Channel.EMAIL.name(), answered)
                    .map(tickets::get).filter(t -> sentByItsCustomer(t, email));
            if (answeredTicket.isPresent()) {
                return answeredTicket;
            }
        }
        return Optional.empty();
    }

    private boolean sentByItsCustomer(Ticket ticket, String email) {
        return customers.identities(ticket.getCustomerId()).stream()
                .anyMatch(i -> i.kind() == IdentityKind.EMAIL && i.externalId().equals(email));
    }

    private static List<String> answeredIds(MimeMessage mail) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String[] values = mail.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher id = MESSAGE_ID.matcher(value);
                    while (id.find()) {
                        ids.add(id.group());
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The mail's Message-ID; a fingerprint of sender, subject, date and text when it has none — or when it claims an
     * id of Ticketflow's own (ending in {@code @ticketflow>}), which no mail from outside may take.
     */
    private static String messageId(MimeMessage mail) throws MessagingException, IOException {
        String id = mail.getMessageID();
        if (id != null && !id.isBlank() && !id.strip().toLowerCase(Locale.ROOT).endsWith(OUR_MESSAGE_IDS)) {
            return clip(id.strip(), 250);
        }
        String fingerprint = sender(mail).getAddress() + "|" + mail.getSubject() + "|" + mail.getSentDate() + "|"
                + textOf(mail);
        return "sha256:" + AttachmentStore.sha256(fingerprint.getBytes(StandardCharsets.UTF_8));
    }

    private static InternetAddress sender(MimeMessage mail) throws MessagingException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            throw new MessagingException("The mail has no sender address");
        }
        return address;
    }

    /** The plain text of a mail: its text/plain part, else its HTML without tags. */
    static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                    continue;
                }
                String text = textOf(body);
                if (body.isMimeType("text/plain") || (body.isMimeType("multipart/*") && !text.isBlank())) {
                    return text;
                }
                if (html == null && !text.isBlank()) {
                    html = text;
                }
            }
            return html == null ? "" : html;
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("(?s)<(script|style).*?</\\1>", " ")
                    .replaceAll("<[^>]+>", " ").replaceAll("&nbsp;", " ").replaceAll("[ \\t]+", " ").strip();
        }
        return "";
    }

    private static String clip(String text) {
        return clip(text.strip(), MAX_TEXT);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }
}
