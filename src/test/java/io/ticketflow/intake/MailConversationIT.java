package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.notification.OutboxDispatcher;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail conversation, both ways, against real SMTP and IMAP servers (GreenMail): the customer's mail opens a
 * ticket and is acknowledged in its thread; the agent's reply (with a file) reaches the customer threaded
 * (In-Reply-To, References, the ticket number in the subject); the customer's answer to it finds the ticket by its
 * headers alone and resumes the SLA; internal notes never leave.
 */
class MailConversationIT extends ApiIntegrationTest {

    static final String SUPPORT = "support@tests.ticketflow.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    @Autowired
    private MailboxPoller poller;

    @Autowired
    private OutboxDispatcher dispatcher;

    private GreenMailUser mailbox;
    private String customer;

    @BeforeEach
    void supportMailbox() {
        mailbox = greenMail.setUser(SUPPORT, SUPPORT, "support-secret");
        customer = "thread-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void theAgentsReplyArrivesInTheCustomersThreadAndTheirAnswerResumesTheTicket() throws Exception {
        MimeMessage first = mail(customer, "Dishwasher does not drain", "Water stays at the bottom.");
        mailbox.deliver(first);
        String number = poller.poll().get(0).ticketNumber();
        long id = jdbc.queryForObject("select id from tf_ticket where ticket_number = ?", Long.class, number);

        dispatcher.dispatchDue();
        MimeMessage received = single(inbox());
        assertThat(received.getSubject()).as("in the language the customer wrote")
                .startsWith("We received your request").contains("[" + number + "]");
        assertThat(received.getHeader("In-Reply-To")).containsExactly(first.getMessageID());
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(text(received)).as("the status link").containsPattern("/status/" + number + "\\?token=[\\w-]{20,}");

        String photo = upload(TestUsers.AGENT_EAST, "diagram.png", IntakeApiIT.PNG).getBody().get("token").asText();
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes", Map.of("message", "Internal: recall batch 7"));
        assertThat(post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message",
                "Please clean the filter as in the picture.", "awaitCustomer", true, "attachments", List.of(photo)))
                .getStatusCode().is2xxSuccessful()).isTrue();
        dispatcher.dispatchDue();

        List<MimeMessage> inbox = inbox();
        assertThat(inbox).hasSize(2);
        MimeMessage reply = inbox.get(1);
        assertThat(reply.getSubject()).isEqualTo("Re: Dishwasher does not drain [" + number + "]");
        assertThat(reply.getHeader("In-Reply-To")).as("answers the customer's last mail")
                .containsExactly(first.getMessageID());
        assertThat(reply.getHeader("References")[0]).contains(first.getMessageID(), received.getMessageID());
        assertThat(text(reply)).contains("Please clean the filter as in the picture.")
                .doesNotContain("recall batch 7");
        assertThat(fileNames(reply)).containsExactly("diagram.png");
        assertThat(inbox).allSatisfy(m -> assertThat(text(m)).doesNotContain("recall batch 7"));

        MimeMessage answer = mail(customer, "Re: Dishwasher does not drain", "Cleaned it, still the same.");
        answer.setHeader("In-Reply-To", reply.getMessageID());
        mailbox.deliver(answer);

        assertThat(poller.poll()).singleElement().satisfies(taken -> {
            assertThat(taken.ticketNumber()).isEqualTo(number);
            assertThat(taken.outcome()).isEqualTo("APPENDED");
        });
        JsonNode ticket = get(TestUsers.ADMIN, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("status").asText()).as("no longer waiting on the customer").isEqualTo("OPEN");
        List<String> events = new ArrayList<>();
        ticket.get("timeline").forEach(e -> events.add(e.get("event").asText()));
        assertThat(events).contains("CUSTOMER_MESSAGE_SENT", "CUSTOMER_REPLIED", "SLA_RESUMED");
        assertThat(events.stream().filter("CUSTOMER_MESSAGE_SENT"::equals)).hasSize(2);
    }

    @Test
    void aBounceIsRecordedAgainstTheMessageItBouncedAndOpensNothing() throws Exception {
        mailbox.deliver(mail(customer, "水壶漏水", "底部漏水。"));
        String number = poller.poll().get(0).ticketNumber();
        long id = jdbc.queryForObject("select id from tf_ticket where ticket_number = ?", Long.class, number);
        dispatcher.dispatchDue();
        MimeMessage ours = single(inbox());
        assertThat(ours.getSubject()).as("Chinese, as the customer wrote").startsWith("已收到您的问题");
        long tickets = count("tf_ticket");

        MimeMessage bounce = mail("MAILER-DAEMON@mx.example.com", "Undelivered Mail Returned to Sender",
                "This is the mail system at host mx.example.com.\n\nAction: failed\nStatus: 5.1.1\n"
                        + "Diagnostic-Code: smtp; 550 5.1.1 <" + customer + ">: mailbox unknown\n\n"
                        + "--- Returned headers ---\nMessage-ID: " + ours.getMessageID() + "\nSubject: "
                        + ours.getSubject() + "\n");
        mailbox.deliver(bounce);

        assertThat(poller.poll()).singleElement().satisfies(taken -> {
            assertThat(taken.outcome()).isEqualTo("BOUNCE");
            assertThat(taken.ticketNumber()).isNull();
        });
        assertThat(count("tf_ticket")).as("no ticket for a bounce").isEqualTo(tickets);
        assertThat(jdbc.queryForObject("select status from tf_notification where message_id = ?", String.class,
                ours.getMessageID())).isEqualTo("BOUNCED");
        JsonNode ticket = get(TestUsers.ADMIN, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("timeline").findValuesAsText("event")).contains("CUSTOMER_MESSAGE_BOUNCED");
        assertThat(ticket.get("timeline").findValuesAsText("detail")).anySatisfy(detail ->
                assertThat(detail).contains("550 5.1.1"));
    }

    @Test
    void aStrangerAnsweringSomeoneElsesMailOrClaimingOurMessageIdsGetsATicketOfTheirOwn() throws Exception {
        mailbox.deliver(mail(customer, "Oven door", "The door does not close."));
        String number = poller.poll().get(0).ticketNumber();
        dispatcher.dispatchDue();
        MimeMessage ours = single(inbox());

        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        MimeMessage injected = mail(stranger, "Re: Oven door", "Please send the refund to my new account.");
        injected.setHeader("In-Reply-To", ours.getMessageID());
        mailbox.deliver(injected);
        MimeMessage squatter = mail(stranger, "Hello", "Claiming an id of yours.");
        squatter.setHeader("Message-ID", "<customer.99999999.000000000000000000000000@ticketflow>");
        mailbox.deliver(squatter);

        List<InboundMail.Taken> taken = poller.poll();

        assertThat(taken).extracting(InboundMail.Taken::outcome).containsOnly("CREATED");
        assertThat(taken).extracting(InboundMail.Taken::ticketNumber).doesNotContain(number);
        assertThat(ours.getMessageID()).as("our ids cannot be guessed")
                .matches("<customer\\.\\d+\\.[0-9a-f]{24}@ticketflow>");
        long id = jdbc.queryForObject("select id from tf_ticket where ticket_number = ?", Long.class, number);
        assertThat(get(TestUsers.ADMIN, "/api/tickets/" + id).getBody().get("timeline").findValuesAsText("event"))
                .doesNotContain("CUSTOMER_REPLIED");
    }

    private List<MimeMessage> inbox() {
        return Arrays.stream(greenMail.getReceivedMessagesForDomain(customer)).toList();
    }

    private static MimeMessage single(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fileNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                names.addAll(fileNames(multipart.getBodyPart(i)));
            }
        } else if (part instanceof BodyPart && part.getFileName() != null) {
            names.add(part.getFileName());
        }
        return names;
    }

    private static MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage message = GreenMailUtil.createTextEmail(SUPPORT, from, subject, text, ServerSetupTest.SMTP);
        message.saveChanges();
        return message;
    }
}
