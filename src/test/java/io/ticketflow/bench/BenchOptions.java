package io.ticketflow.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A benchmark's name and its {@code --option value} pairs, as given after {@code -Dbench=}. */
record BenchOptions(String scenario, Map<String, String> values) {

    static BenchOptions parse(String[] args) {
        if (args.length == 0) {
            return new BenchOptions("help", Map.of());
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new BenchOptions(args[0], values);
    }

    BenchDatabase database() {
        return BenchDatabase.valueOf(values.getOrDefault("db", "h2").toUpperCase(Locale.ROOT));
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int number(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : otherwise;
    }
}
