package io.ticketflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Plain-text e-mail templates in {@code src/main/resources/mail/<name>.txt}: the first line is
 * {@code Subject: ...}, the rest the body; {@code ${name}} placeholders are filled from the values given.
 */
@Component
public class MailTemplates {

    private static final PropertyPlaceholderHelper PLACEHOLDERS = new PropertyPlaceholderHelper("${", "}", null,
            null, false);
    private static final String SUBJECT = "Subject:";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Message render(String template, Map<String, String> values) {
        String text = PLACEHOLDERS.replacePlaceholders(source(template), values::get);
        int firstLineEnd = text.indexOf('\n');
        String subjectLine = text.substring(0, firstLineEnd).strip();
        if (!subjectLine.startsWith(SUBJECT)) {
            throw new IllegalStateException("mail/" + template + ".txt must start with '" + SUBJECT + "'");
        }
        return new Message(subjectLine.substring(SUBJECT.length()).strip(),
                text.substring(firstLineEnd + 1).stripLeading());
    }

    private String source(String template) {
        return cache.computeIfAbsent(template, name -> {
            try (InputStream in = new ClassPathResource("mail/" + name + ".txt").getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("No mail template mail/" + name + ".txt", e);
            }
        });
    }
}
