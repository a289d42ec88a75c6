package io.ticketflow.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * The {@code pattern} of a template field, run with RE2/J: its time grows linearly with the input whatever the
 * pattern, so no pattern can make a (public, anonymous) submission stall the server, as {@code (.*a){12}} did on
 * {@code java.util.regex}. RE2/J has no back-references or look-arounds; such patterns are refused when the template
 * is saved. A pattern's compiled size grows with nested counted repetitions — {@code ((a{1000}){1000}){1000}} takes
 * all memory — so the size is estimated before compiling and patterns above {@value #MAX_SIZE} steps refused.
 */
final class TemplatePatterns {

    static final int MAX_LENGTH = 300;
    /** About what {@code .{0,1000}} needs; a 2,000-character value is checked against it in tens of milliseconds. */
    static final int MAX_SIZE = 1_000;

    private static final Cache<String, Pattern> COMPILED = Caffeine.newBuilder().maximumSize(1_000).build();

    private TemplatePatterns() {
    }

    /** Why the pattern cannot be used, or null when it can. */
    static String problem(String regex) {
        if (regex.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (new SizeEstimate(regex).total() > MAX_SIZE) {
            return "repeats too much (nested counted repetitions such as (a{100}){100})";
        }
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return "is not a regular expression this system runs (RE2 syntax: no back-references or look-arounds): "
                    + e.getDescription();
        }
    }

    /** Whether the whole text matches; throws {@link IllegalArgumentException} for a pattern {@link #problem} refuses. */
    static boolean matches(String regex, String text) {
        Pattern pattern = COMPILED.get(regex, r -> {
            String problem = problem(r);
            if (problem != null) {
                throw new IllegalArgumentException("pattern " + problem);
            }
            return Pattern.compile(r);
        });
        return pattern.matches(text);
    }

    /**
     * An upper estimate of the compiled program's size: literals and classes count one, a group the sum of its
     * alternatives, a counted repetition multiplies by its upper bound. Malformed input is left to RE2/J's parser.
     */
    private static final class SizeEstimate {

        private static final long CAP = 1_000_000_000L;

        private final String regex;
        private int pos;

        SizeEstimate(String regex) {
            this.regex = regex;
        }

        long total() {
            long total = 0;
            while (pos < regex.length()) {
                total = Math.min(CAP, total + alternation());
                pos++; // a stray ')'
            }
            return total;
        }

        private long alternation() {
            long total = sequence();
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                total = Math.min(CAP, total + sequence());
            }
            return total;
        }

        private long sequence() {
            long total = 0;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                long atom = atom();
                atom = quantified(atom);
                total = Math.min(CAP, total + atom);
            }
            return total;
        }

        private long atom() {
            char c = regex.charAt(pos);
            if (c == '\\') {
                return escape();
            }
            if (c == '[') {
                skipClass();
                return 1;
            }
            if (c == '(') {
                pos++;
                long inner = alternation();
                if (pos < regex.length()) {
                    pos++; // ')'
                }
                return inner + 1;
            }
            pos++;
            return 1;
        }

        private long escape() {
            pos++;
            if (pos >= regex.length()) {
                return 1;
            }
            char c = regex.charAt(pos++);
            if (c == 'Q') {
                int end = regex.indexOf("\\E", pos);
                int stop = end < 0 ? regex.length() : end + 2;
                long quoted = Math.max(1, stop - pos);
                pos = stop;
                return quoted;
            }
            if ((c == 'p' || c == 'P') && pos < regex.length() && regex.charAt(pos) == '{') {
                int end = regex.indexOf('}', pos);
                pos = end < 0 ? regex.length() : end + 1;
            }
            return 1;
        }

        private void skipClass() {
            pos++;
            if (pos < regex.length() && regex.charAt(pos) == '^') {
                pos++;
            }
            if (pos < regex.length() && regex.charAt(pos) == ']') {
                pos++;
            }
            while (pos < regex.length() && regex.charAt(pos) != ']') {
                if (regex.startsWith("[:", pos)) {
                    int end = regex.indexOf(":]", pos + 2);
                    pos = end < 0 ? pos + 1 : end + 2;
                } else {
                    pos += regex.charAt(pos) == '\\' ? 2 : 1;
                }
            }
            pos++;
        }

        private long quantified(long atom) {
            long size = atom;
            while (pos < regex.length()) {
                char c = regex.charAt(pos);
                if (c == '*' || c == '+' || c == '?') {
                    pos++;
                    size = Math.min(CAP, size + 1);
                } else if (c == '{' && repeatAt(pos) >= 0) {
                    long bound = repeatAt(pos);
                    pos = regex.indexOf('}', pos) + 1;
                    size = Math.min(CAP, size * Math.max(1, bound) + 1);
                } else {
                    return size;
                }
            }
            return size;
        }

        /** The upper bound of a repetition {n}, {n,} or {n,m} starting at i (for {n,} one more than n), else -1. */
        private long repeatAt(int i) {
            int end = regex.indexOf('}', i);
            if (end < 0) {
                return -1;
            }
            String inside = regex.substring(i + 1, end);
            if (!inside.matches("\\d{1,9}(,\\d{0,9})?")) {
                return -1;
            }
            String[] bounds = inside.split(",", -1);
            long low = Long.parseLong(bounds[0]);
            if (bounds.length == 1) {
                return low;
            }
            return bounds[1].isEmpty() ? low + 1 : Long.parseLong(bounds[1]);
        }
    }
}
