/*
 * A runnable receiver of Ticketflow's signed calls: channel callbacks, SMS gateway calls and event webhooks.
 * It checks the signature and the timestamp, drops a message it has seen (by X-Ticketflow-Message-Id), prints the
 * rest, and answers 200. A real channel adapter would turn each message into a WeChat template message, a WeCom
 * message, a text, ... where this one prints.
 *
 *   java docs/examples/CallbackReceiver.java 9090 demo-callback-secret
 *
 * (JDK 17 runs a single source file; no build.) The demo profile already points WeChat here (key id demo-1, secret
 * demo-callback-secret); elsewhere point a channel at it with TICKETFLOW_WECHAT_CALLBACK_URL=... and
 * TICKETFLOW_WECHAT_CALLBACK_SECRET=... (plain http to this machine: the demo profile only; elsewhere https).
 */

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class CallbackReceiver {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "9090");
        String secret = args.length > 1 ? args[1] : "demo-callback-secret";
        Set<String> seen = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String timestamp = exchange.getRequestHeaders().getFirst("X-Ticketflow-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Ticketflow-Signature");
            String keyId = exchange.getRequestHeaders().getFirst("X-Ticketflow-Key-Id");
            String messageId = exchange.getRequestHeaders().getFirst("X-Ticketflow-Message-Id");
            int status;
            if (timestamp == null || signature == null || !MessageDigest.isEqual(
                    sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII))) {
                status = 401; // not from Ticketflow, or signed with another key (see keyId when rotating)
            } else if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
                status = 401; // a replayed or very late call
            } else if (!seen.add(messageId)) {
                status = 200; // a retry of a message already taken: answer 2xx, do nothing again
            } else {
                status = 200;
                System.out.printf("%s key %s message %s%n", exchange.getRequestURI().getPath(), keyId, messageId);
                System.out.printf("X-Ticketflow-Timestamp: %s%nX-Ticketflow-Signature: %s%n%s%n%n", timestamp,
                        signature, new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        System.out.println("Receiving on http://127.0.0.1:" + port + "/ (any path)");
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
