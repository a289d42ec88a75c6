package io.ticketflow.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Intake settings ({@code ticketflow.intake.*}).
 *
 * @param duplicateWindow a new message about the same order and category from the same customer is added to their
 *        open ticket created within this window instead of opening another
 * @param integrations per channel (WECHAT, WECOM, MINI_PROGRAM, MARKETPLACE, API): the shared secret its webhook
 *        signs with; a channel without a secret takes no webhook calls
 * @param applicationCategories categories only the application opens tickets in (the maintenance run's offers): no
 *        channel may hand one in
 */
@ConfigurationProperties("ticketflow.intake")
public record IntakeSettings(@DefaultValue("P3D") Duration duplicateWindow, @DefaultValue Attachments attachments,
        @DefaultValue WebForm webForm, @DefaultValue Webhooks webhooks, Map<String, Integration> integrations,
        @DefaultValue Mailbox mailbox, @DefaultValue("MAINTENANCE_OFFER") List<String> applicationCategories) {

    /** Size limit and the file types accepted (checked by the file's content, not its name). */
    public record Attachments(@DefaultValue("10MB") DataSize maxSize,
            @DefaultValue({"image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf"})
            List<String> allowedTypes) {
    }

    /** Requests per minute a client address may make to the public web form and its uploads. */
    public record WebForm(@DefaultValue("10") int requestsPerMinute) {
    }

    /** How far a signed webhook's timestamp may be from now before it is refused as a replay. */
    public record Webhooks(@DefaultValue("PT5M") Duration timestampTolerance) {
    }

    public record Integration(String secret) {
    }

    /**
     * The support mailbox read over IMAP. Off unless {@code enabled}; {@code region} is given to tickets from e-mail
     * (an e-mail says nothing about where the customer is). {@code protocol} {@code imaps}, or {@code imap} with
     * {@code starttls}; {@code sslBundle} names the Spring Boot SSL bundle whose CA certificates alone are trusted
     * for this mailbox (none: the JVM's trust store). See {@link MailboxConnection}.
     */
    public record Mailbox(@DefaultValue("false") boolean enabled, @DefaultValue("imaps") String protocol,
            String host, @DefaultValue("993") int port, String username, String password,
            @DefaultValue("INBOX") String folder, @DefaultValue("PT1M") Duration pollInterval,
            @DefaultValue("EAST") String region, @DefaultValue("false") boolean starttls, String sslBundle) {
    }

    public String secretOf(String channel) {
        Integration integration = integrations == null ? null : integrations.get(channel);
        return integration == null || integration.secret() == null || integration.secret().isBlank() ? null
                : integration.secret();
    }
}
