package io.ticketflow.conversation;

import io.ticketflow.notification.MessageTemplates;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/** The language of a customer's page: English when their browser prefers it, otherwise Chinese. */
final class StatusLanguage {

    private StatusLanguage() {
    }

    /**
     * {@code en} or {@code zh}: the first of the two the browser's Accept-Language names, Chinese when it names
     * neither; null when the browser says nothing (keep what is known).
     */
    static String of(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return null;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals(MessageTemplates.ENGLISH)
                    || locale.getLanguage().equals(MessageTemplates.CHINESE)) {
                return locale.getLanguage();
            }
        }
        return MessageTemplates.CHINESE;
    }

    static Locale locale(HttpServletRequest request) {
        String language = of(request);
        return Locale.forLanguageTag(language == null ? MessageTemplates.CHINESE : language);
    }
}
