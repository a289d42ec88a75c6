package io.ticketflow.ticket;

import io.ticketflow.system.AppSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The secret status link every ticket has: {@code /status/<number>?token=<token>}, where the token is the
 * HMAC-SHA256 of the ticket number under the application's status-link secret ({@link AppSecrets}), 128 bits in
 * URL-safe Base64. It is not stored: any node can put it into any message at any time (the received notice, every
 * reply, the rating link), and checking it takes the same time whatever matches. Whoever holds the link may follow
 * and answer that one ticket, nothing else.
 */
@Component
public class StatusLinks {

    public static final String STATUS_PAGE = "/status";
    static final String SECRET = "status-link";

    private final AppSecrets secrets;

    StatusLinks(AppSecrets secrets) {
        this.secrets = secrets;
    }

    public String token(String ticketNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret(SECRET), "HmacSHA256"));
            byte[] digest = mac.doFinal(("status:" + ticketNumber).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String ticketNumber, String token) {
        return token != null && MessageDigest.isEqual(token(ticketNumber).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The page's path with the token, e.g. {@code /status/TF-2026-000123?token=...}. */
    public String path(String ticketNumber) {
        return STATUS_PAGE + "/" + ticketNumber + "?token=" + token(ticketNumber);
    }
}
