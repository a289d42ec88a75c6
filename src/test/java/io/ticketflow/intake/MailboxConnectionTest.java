package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * The support mailbox over IMAPS against a real server (GreenMail) whose certificate a test CA signed: trusted
 * through the documented SSL bundle setting, refused when the bundle holds another CA or when none is named (the
 * JVM's trust store does not know the test CA). The host name is checked against the certificate.
 */
class MailboxConnectionTest {

    private static final String SUPPORT = "support@tls.ticketflow.example";
    private static GreenMail imaps;

    @BeforeAll
    static void startImapsWithTheTestCasCertificate() {
        // GreenMail reads its server key once per JVM: the test CA signed mailbox.p12 for localhost / 127.0.0.1.
        System.setProperty("greenmail.tls.keystore.file", "src/test/resources/tls/mailbox.p12");
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        imaps = new GreenMail(new ServerSetup(3994, "0.0.0.0", ServerSetup.PROTOCOL_IMAPS));
        imaps.start();
        imaps.setUser(SUPPORT, SUPPORT, "support-secret").deliver(GreenMailUtil.createTextEmail(SUPPORT,
                "customer@example.com", "Over TLS", "Hello", imaps.getImaps().getServerSetup()));
    }

    @AfterAll
    static void stop() {
        imaps.stop();
    }

    @Test
    void theMailboxIsReadWhenItsCertificateIsSignedByTheConfiguredCa() throws MessagingException {
        try (Store store = connection().open(mailbox("test-ca", "localhost"))) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            inbox.close(false);
        }
    }

    @Test
    void aCertificateFromAnotherCaOrTheJvmsDefaultTrustIsRefused() {
        assertThatThrownBy(() -> connection().open(mailbox("other-ca", "localhost")).close())
                .isInstanceOf(MessagingException.class).hasStackTraceContaining("PKIX");
        assertThatThrownBy(() -> connection().open(mailbox(null, "localhost")).close())
                .isInstanceOf(MessagingException.class).hasStackTraceContaining("PKIX");
    }

    @Test
    void theHostNameMustBeTheCertificates() {
        // 127.0.0.2 reaches the same server, but the certificate names localhost and 127.0.0.1 only.
        assertThatThrownBy(() -> connection().open(mailbox("test-ca", "127.0.0.2")).close())
                .isInstanceOf(MessagingException.class).hasStackTraceContaining("SSLHandshakeException");
    }

    @Test
    void starttlsIsRequiredWhenAsked() {
        IntakeSettings.Mailbox plain = new IntakeSettings.Mailbox(true, "imap", "localhost", 143, SUPPORT,
                "secret", "INBOX", Duration.ofMinutes(1), "EAST", true, null);
        assertThat(MailboxConnection.properties(plain, null)).containsEntry("mail.imap.starttls.required", "true")
                .containsEntry("mail.imap.ssl.checkserveridentity", "true");
    }

    private static MailboxConnection connection() {
        DefaultSslBundleRegistry bundles = new DefaultSslBundleRegistry();
        for (Map.Entry<String, String> ca : Map.of("test-ca", "classpath:tls/test-ca.pem",
                "other-ca", "classpath:tls/other-ca.pem").entrySet()) {
            bundles.registerBundle(ca.getKey(), SslBundle.of(new PemSslStoreBundle(null,
                    PemSslStoreDetails.forCertificate(ca.getValue()))));
        }
        return new MailboxConnection(bundles);
    }

    private static IntakeSettings.Mailbox mailbox(String bundle, String host) {
        return new IntakeSettings.Mailbox(true, "imaps", host, 3994, SUPPORT, "support-secret", "INBOX",
                Duration.ofMinutes(1), "EAST", false, bundle);
    }
}
