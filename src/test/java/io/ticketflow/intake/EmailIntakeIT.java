package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The support mailbox over IMAP (GreenMail): new threads become tickets, replies find their ticket. */
class EmailIntakeIT extends ApiIntegrationTest {

    static final String SUPPORT = "support@tests.ticketflow.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    @Autowired
    private MailboxPoller poller;

    private GreenMailUser mailbox;
    private String customer;

    @BeforeEach
    void supportMailbox() {
        mailbox = greenMail.setUser(SUPPORT, SUPPORT, "support-secret");
        customer = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void aNewThreadOpensATicketAndRepliesByNumberOrByHeaderAreAddedToIt() throws Exception {
        MimeMessage first = mail(customer, "Dishwasher does not drain", "Water stays at the bottom after a cycle.");
        mailbox.deliver(first);

        List<InboundMail.Taken> taken = poller.poll();

        assertThat(taken).singleElement().satisfies(t -> assertThat(t.outcome()).isEqualTo("CREATED"));
        String number = taken.get(0).ticketNumber();
        JsonNode ticket = ticket(number);
        assertThat(ticket.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(ticket.get("subject").asText()).isEqualTo("Dishwasher does not drain");
        assertThat(ticket.get("description").asText()).isEqualTo("Water stays at the bottom after a cycle.");
        assertThat(ticket.get("customer").get("email").asText()).isEqualTo(customer);
        assertThat(poller.poll()).as("a mail is taken in once").isEmpty();

        post(TestUsers.AGENT_EAST, "/api/tickets/" + ticket.get("id").asLong() + "/replies",
                Map.of("message", "Is the filter clean?", "awaitCustomer", true));
        mailbox.deliver(mail(customer, "Re: [" + number + "] Dishwasher does not drain", "Yes, I cleaned it."));
        MimeMessage byHeader = mail(customer, "Re: Dishwasher does not drain", "Still not draining today.");
        byHeader.setHeader("In-Reply-To", first.getMessageID());
        mailbox.deliver(byHeader);

        List<InboundMail.Taken> replies = poller.poll();

        assertThat(replies).extracting(InboundMail.Taken::ticketNumber, InboundMail.Taken::outcome)
                .containsExactly(tuple(number, "APPENDED"),
                        tuple(number, "APPENDED"));
        JsonNode after = ticket(number);
        assertThat(after.get("status").asText()).as("no longer waiting on the customer").isEqualTo("OPEN");
        assertThat(events(after)).contains("AWAITING_CUSTOMER", "CUSTOMER_REPLIED", "SLA_RESUMED");
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket where customer_id = ?", Long.class,
                after.get("customer").get("id").asLong())).isOne();
    }

    @Test
    void aStrangerNamingSomeonesTicketNumberGetsATicketOfTheirOwnAndRedeliveryIsHarmless() throws Exception {
        mailbox.deliver(mail(customer, "Oven light broken", "The light inside the oven is out."));
        String number = poller.poll().get(0).ticketNumber();
        MimeMessage stranger = mail("stranger-" + UUID.randomUUID() + "@example.com", "Re: [" + number + "]",
                "Please close this ticket.");

        mailbox.deliver(stranger);
        InboundMail.Taken strangers = poller.poll().get(0);
        mailbox.deliver(stranger);
        InboundMail.Taken again = poller.poll().get(0);

        assertThat(strangers.outcome()).isEqualTo("CREATED");
        assertThat(strangers.ticketNumber()).isNotEqualTo(number);
        assertThat(again.outcome()).isEqualTo("REDELIVERED");
        assertThat(again.ticketNumber()).isEqualTo(strangers.ticketNumber());
        assertThat(ticket(number).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void automaticRepliesBouncesBulkMailAndOurOwnMailOpenNoTicket() throws Exception {
        MimeMessage outOfOffice = mail(customer, "Automatic reply: your ticket",
                "I am out of the office until Monday.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        MimeMessage bounce = mail("MAILER-DAEMON@mx.example.com", "Undelivered Mail Returned to Sender",
                "This is the mail system at host mx.example.com. Your message could not be delivered.");
        MimeMessage report = mail("notifications@mx.example.com", "Delivery Status Notification", "failed");
        report.setContent(new MimeMultipart("report; report-type=delivery-status"));
        MimeMultipart parts = (MimeMultipart) report.getContent();
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Delivery to the following recipient failed permanently.");
        parts.addBodyPart(human);
        report.saveChanges();
        MimeMessage newsletter = mail("news@shop.example.com", "Our December offers", "Big sale!");
        newsletter.setHeader("Precedence", "bulk");
        MimeMessage ours = mail(SUPPORT, "Re: [TF-2026-000001] Your ticket", "We replied to your ticket.");
        MimeMessage person = mail(customer, "Re: Automatic reply", "Sorry, this one is me: the fridge is warm.");
        person.setHeader("Auto-Submitted", "no");
        for (MimeMessage mail : List.of(outOfOffice, bounce, report, newsletter, ours, person)) {
            mailbox.deliver(mail);
        }

        List<InboundMail.Taken> taken = poller.poll();

        assertThat(taken).extracting(InboundMail.Taken::outcome).containsExactlyInAnyOrder("IGNORED", "IGNORED",
                "IGNORED", "IGNORED", "IGNORED", "CREATED");
        for (String sender : List.of("mailer-daemon@mx.example.com", "notifications@mx.example.com",
                "news@shop.example.com", SUPPORT)) {
            assertThat(jdbc.queryForObject("select count(*) from tf_customer where email = ?", Long.class, sender))
                    .as("no customer for %s", sender).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket t join tf_customer c on c.id = t.customer_id "
                + "where c.email = ?", Long.class, customer)).as("only the person's mail").isOne();
        assertThat(poller.poll()).as("each is looked at once").isEmpty();
    }

    @Test
    void filesInAMailAreKeptByTheUploadRulesAndARefusedOneIsRecordedOnTheTicket() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] huge = new byte[150 * 1024];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        byte[] script = "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.US_ASCII);
        MimeMessage withFiles = mail(customer, "Washer leaks, photos attached", "See the photo and the invoice.");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("See the photo and the invoice.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(file("leak.png", "image/png", png));
        parts.addBodyPart(file("invoice.pdf", "application/pdf", pdf));
        parts.addBodyPart(file("manual-scan.pdf", "application/pdf", huge));
        parts.addBodyPart(file("fix.sh", "application/octet-stream", script));
        withFiles.setContent(parts);
        withFiles.saveChanges();
        mailbox.deliver(withFiles);

        InboundMail.Taken taken = poller.poll().get(0);

        assertThat(taken.outcome()).isEqualTo("CREATED");
        long id = jdbc.queryForObject("select id from tf_ticket where ticket_number = ?", Long.class,
                taken.ticketNumber());
        assertThat(jdbc.queryForList("select file_name from tf_attachment where ticket_id = ? order by file_name",
                String.class, id)).containsExactly("invoice.pdf", "leak.png");
        JsonNode ticket = ticket(taken.ticketNumber());
        assertThat(ticket.get("description").asText()).isEqualTo("See the photo and the invoice.");
        List<String> refused = new ArrayList<>();
        ticket.get("timeline").forEach(e -> {
            if ("ATTACHMENT_REFUSED".equals(e.get("event").asText())) {
                refused.add(e.get("detail").asText());
            }
        });
        assertThat(refused).hasSize(2).anySatisfy(r -> assertThat(r).startsWith("\"manual-scan.pdf\" (over ")
                .contains("larger than 100 KB")).anySatisfy(r -> assertThat(r).startsWith("\"fix.sh\"")
                .contains("must be one of"));
    }

    @Test
    void aMailWithoutSenderIsKeptRawForAdminsWithTheReason() throws Exception {
        String subject = "No sender " + UUID.randomUUID();
        MimeMessage anonymous = mail(customer, subject, "Who wrote this?");
        anonymous.removeHeader("From");
        anonymous.saveChanges();
        mailbox.deliver(anonymous);

        assertThat(poller.poll()).as("nothing taken in").isEmpty();
        assertThat(poller.poll()).as("and not tried again").isEmpty();

        JsonNode kept = get(TestUsers.ADMIN, "/api/admin/unreadable-mail?limit=500").getBody();
        JsonNode ours = null;
        for (JsonNode mail : kept) {
            if (subject.equals(mail.path("subject").asText())) {
                ours = mail;
            }
        }
        assertThat(ours).as("kept in the admins' list: %s", kept).isNotNull();
        assertThat(ours.get("reason").asText()).contains("no sender");
        var raw = http.withBasicAuth(TestUsers.ADMIN, TestUsers.PASSWORD).getForEntity(
                "/api/admin/unreadable-mail/" + ours.get("id").asLong() + "/raw", byte[].class);
        assertThat(raw.getHeaders().getContentType().toString()).isEqualTo("message/rfc822");
        assertThat(new String(raw.getBody(), StandardCharsets.UTF_8)).contains(subject).contains("Who wrote this?");
        assertThat(get(TestUsers.AGENT_EAST, "/api/admin/unreadable-mail").getStatusCode().value())
                .as("admins only").isEqualTo(403);
    }

    private static MimeBodyPart file(String name, String type, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    private static MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage message = GreenMailUtil.createTextEmail(SUPPORT, from, subject, text, ServerSetupTest.SMTP);
        message.saveChanges();
        return message;
    }

    private JsonNode ticket(String number) {
        return get(TestUsers.ADMIN, "/api/tickets/" + jdbc.queryForObject(
                "select id from tf_ticket where ticket_number = ?", Long.class, number)).getBody();
    }

    private static List<String> events(JsonNode ticket) {
        List<String> events = new ArrayList<>();
        ticket.get("timeline").forEach(e -> events.add(e.get("event").asText()));
        return events;
    }
}
