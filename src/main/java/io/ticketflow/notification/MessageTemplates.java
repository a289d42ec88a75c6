package io.ticketflow.notification;

import io.ticketflow.rules.RulesSettings;
import io.ticketflow.system.AnalystFile;
import io.ticketflow.system.AnalystFolder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The texts of every message Ticketflow sends, in the analysts' folder {@code rules/messages/}: one file per message
 * and language, {@code <key>.<language>.txt} ({@code ticket-received.zh.txt}, {@code sla-warning.en.txt}). The first
 * line is {@code Subject: ...} (used by e-mail; a callback or text message takes the body), the rest the body.
 * {@code ${name}} placeholders are filled once from the values given — a value is never read as a template, so
 * whatever a customer or agent wrote stays as written; a placeholder without a value is left empty. A message in a
 * language that has no file falls back to Chinese, then English.
 */
@Component
public class MessageTemplates {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9-]*)\\.(zh|en)\\.txt");
    private static final String SUBJECT = "Subject:";

    private final Map<String, String> sources = new HashMap<>();
    private final String location;

    public MessageTemplates(RulesSettings rules) {
        AnalystFolder folder = new AnalystFolder(rules.rulesDir().resolve("messages"), "rules/messages");
        this.location = folder.location();
        for (AnalystFile file : folder.list(".txt")) {
            Matcher name = FILE.matcher(file.fileName());
            if (!name.matches()) {
                throw new IllegalStateException(location + "/" + file.fileName()
                        + " is not named <key>.<zh|en>.txt, such as ticket-received.zh.txt");
            }
            String text = new String(file.content(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith(SUBJECT) || text.indexOf('\n') < 0) {
                throw new IllegalStateException(location + "/" + file.fileName() + " must start with a '"
                        + SUBJECT + " ...' line followed by the body");
            }
            sources.put(name.group(1) + "." + name.group(2), text);
        }
    }

    /** The language a message goes out in: {@code en} when asked for English, otherwise Chinese. */
    public static String language(String requested) {
        return requested != null && requested.toLowerCase(Locale.ROOT).startsWith(ENGLISH) ? ENGLISH : CHINESE;
    }

    public boolean exists(String key) {
        return sources.containsKey(key + "." + CHINESE) || sources.containsKey(key + "." + ENGLISH);
    }

    /** The placeholders a message's files use, in every language. */
    public Set<String> placeholders(String key) {
        Set<String> names = new TreeSet<>();
        for (String language : new String[] {CHINESE, ENGLISH}) {
            String source = sources.get(key + "." + language);
            if (source != null) {
                names.addAll(placeholdersIn(source));
            }
        }
        return names;
    }

    /** The message {@code key} in the language ({@code zh} or {@code en}; null means Chinese), filled in. */
    public Message render(String key, String language, Map<String, String> values) {
        String wanted = language == null ? CHINESE : language;
        String source = sources.getOrDefault(key + "." + wanted, sources.getOrDefault(key + "." + CHINESE,
                sources.get(key + "." + ENGLISH)));
        if (source == null) {
            throw new IllegalStateException("No message " + key + " in " + location + " (" + key + ".zh.txt or "
                    + key + ".en.txt)");
        }
        String text = fill(source, values);
        int firstLineEnd = text.indexOf('\n');
        return new Message(text.substring(SUBJECT.length(), firstLineEnd).strip(),
                text.substring(firstLineEnd + 1).stripLeading());
    }

    /** The {@code ${name}} placeholders a text uses. */
    public static Set<String> placeholdersIn(String source) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(source);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** Fills a text's placeholders once from the values (a value is never read as a template; none: empty). */
    public static String fill(String source, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(source);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
