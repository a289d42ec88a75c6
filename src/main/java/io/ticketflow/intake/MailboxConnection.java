package io.ticketflow.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * Opens the support mailbox with its own trust settings: {@code imaps} (TLS from the start) or {@code imap} with
 * {@code starttls: true} (TLS required before the password is sent); the server's certificate checked against the
 * JVM's trust store or, with {@code ssl-bundle}, against that Spring Boot SSL bundle only (e.g. a company CA in PEM:
 * {@code spring.ssl.bundle.pem.mailbox.truststore.certificate}); the host name always checked against the
 * certificate. Plain {@code imap} without STARTTLS sends the password in the clear: for a mailbox on this machine
 * only.
 */
@Component
class MailboxConnection {

    private final SslBundles bundles;

    MailboxConnection(SslBundles bundles) {
        this.bundles = bundles;
    }

    Store open(IntakeSettings.Mailbox mailbox) throws MessagingException {
        SSLSocketFactory trust = mailbox.sslBundle() == null || mailbox.sslBundle().isBlank() ? null
                : bundles.getBundle(mailbox.sslBundle()).createSslContext().getSocketFactory();
        Store store = Session.getInstance(properties(mailbox, trust)).getStore(mailbox.protocol());
        store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        return store;
    }

    static Properties properties(IntakeSettings.Mailbox mailbox, SSLSocketFactory trust) {
        String prefix = "mail." + mailbox.protocol() + ".";
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", "10000");
        properties.put(prefix + "timeout", "30000");
        properties.put(prefix + "ssl.checkserveridentity", "true");
        if (trust != null) {
            properties.put(prefix + "ssl.socketFactory", trust);
        }
        if (mailbox.starttls()) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        return properties;
    }
}
