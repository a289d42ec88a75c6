package io.ticketflow.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a channel webhook call: {@code sha256=} and the hex HMAC-SHA256, keyed with the integration's
 * secret, of {@code <timestamp>.<raw body>}, where the timestamp (seconds since 1970, UTC) is the
 * {@code X-Ticketflow-Timestamp} header. Signing the timestamp with the body makes an old call useless: calls whose
 * timestamp is further from now than the tolerance are refused.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when the call is genuine and fresh; otherwise why it is refused. */
    public static String problem(String secret, String timestamp, String signature, byte[] body, Instant now,
            Duration tolerance) {
        if (timestamp == null || signature == null) {
            return "the X-Ticketflow-Timestamp and X-Ticketflow-Signature headers are required";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "X-Ticketflow-Timestamp must be seconds since 1970 (UTC)";
        }
        if (!MessageDigest.isEqual(sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return "the signature does not match the body";
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return "the timestamp is more than " + tolerance.toSeconds() + " s from now (a replayed or delayed call)";
        }
        return null;
    }
}
