package io.ticketflow.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on this machine (the JDK's), playing a channel adapter, an SMS gateway or an integrator's
 * webhook receiver: it records every call and answers each path with the statuses it is told, then 200.
 */
public final class HttpReceiver implements AutoCloseable {

    /** The port application-test.yml points the channel callbacks and the SMS gateway at. */
    public static final int PORT = 3081;

    /** One call received: path, headers (lower-case names, first value) and body. */
    public record Call(String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> answers = new HashMap<>();

    private HttpReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            calls.add(new Call(exchange.getRequestURI().getPath(), headers, new String(body, StandardCharsets.UTF_8)));
            int status;
            synchronized (answers) {
                Deque<Integer> planned = answers.get(exchange.getRequestURI().getPath());
                status = planned == null || planned.isEmpty() ? 200 : planned.poll();
            }
            byte[] answer = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public static HttpReceiver start() {
        return new HttpReceiver(PORT);
    }

    /** The next calls to {@code path} are answered with these statuses, in order; then 200 again. */
    public HttpReceiver answer(String path, Integer... statuses) {
        synchronized (answers) {
            answers.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(statuses));
        }
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsTo(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
