package io.ticketflow.process;

/**
 * Text we hand to the process engine. Camunda's MySQL schema is utf8mb3, which cannot hold 4-byte UTF-8 (emoji,
 * rare CJK characters), so customers' free text stays in our utf8mb4 tables and only labels derived from it (task
 * names) reach the engine, with such characters replaced by U+FFFD.
 */
public final class EngineText {

    private static final String REPLACEMENT = "\uFFFD";

    private EngineText() {
    }

    public static String safe(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isSupplementaryCodePoint(cp)) {
                safe.append(REPLACEMENT);
            } else {
                safe.appendCodePoint(cp);
            }
        });
        return safe.toString();
    }
}
