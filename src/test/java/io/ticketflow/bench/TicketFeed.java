package io.ticketflow.bench;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tickets sent over REST by the demo integrator to one or more nodes in turn, remembering which were accepted
 * (201 and a ticket number) and how every other call ended: the status code, or the connection failure.
 */
final class TicketFeed {

    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

    private final List<AppNode> nodes;
    private final AtomicLong sequence = new AtomicLong();
    private final Queue<String> accepted = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    /** When (System.nanoTime) a call ended, and how. */
    record Answer(long at, String outcome) {
    }

    TicketFeed(List<AppNode> nodes) {
        this.nodes = nodes;
    }

    /** Sends one ticket to the next node; true when it was accepted. */
    boolean send() {
        long n = sequence.incrementAndGet();
        AppNode node = nodes.get((int) (n % nodes.size()));
        String outcome;
        try {
            HttpResponse<String> response = node.client().post("ivan", "/api/tickets", """
                    {"channel":"API","category":"GENERAL","region":"EAST","subject":"Reliability ticket %d",
                     "description":"Sent while nodes are killed or the database is away.",
                     "customer":{"name":"Reliability Customer %d","email":"reliability-%d@customers.example"}}"""
                    .formatted(n, n, n));
            outcome = "HTTP " + response.statusCode();
            if (response.statusCode() == 201) {
                Matcher number = NUMBER.matcher(response.body());
                if (number.find()) {
                    accepted.add(number.group(1));
                }
            }
        } catch (RuntimeException e) {
            outcome = "no answer (" + rootCause(e).getClass().getSimpleName() + ")";
        }
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        answers.add(new Answer(System.nanoTime(), outcome));
        return outcome.equals("HTTP 201");
    }

    List<String> accepted() {
        return List.copyOf(accepted);
    }

    Map<String, AtomicLong> outcomes() {
        return Map.copyOf(outcomes);
    }

    List<Answer> answers() {
        return answers.stream().sorted(Comparator.comparingLong(Answer::at)).toList();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
