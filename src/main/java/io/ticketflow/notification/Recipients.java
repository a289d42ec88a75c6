package io.ticketflow.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns the recipient words of a policy into people with e-mail addresses, from Camunda's identity service:
 * <ul>
 * <li>{@code team-supervisors}: members of the ticket's team who have the supervisor role;</li>
 * <li>{@code team}: every member of the ticket's team;</li>
 * <li>{@code user:<id>}: that user;</li>
 * <li>any other word: the members of that group, with {@code {region}} replaced by the ticket's region in lower case
 * (e.g. {@code managers-{region}} → {@code managers-east}).</li>
 * </ul>
 * Users without an e-mail address are skipped. Each reads the language of their {@code language} user info
 * ({@code zh} or {@code en}), or {@code ticketflow.notification.staff-language}.
 */
@Component
public class Recipients {

    public static final String TEAM_SUPERVISORS = "team-supervisors";
    public static final String TEAM = "team";
    static final String SUPERVISOR_ROLE = "supervisor";
    /** The user info key that holds a member of staff's language. */
    public static final String LANGUAGE_INFO = "language";

    private final IdentityService identityService;
    private final NotificationSettings settings;

    Recipients(IdentityService identityService, NotificationSettings settings) {
        this.identityService = identityService;
        this.settings = settings;
    }

    public List<Recipient> resolve(List<String> words, String team, String region) {
        Map<String, Recipient> people = new LinkedHashMap<>();
        for (String word : words) {
            for (User user : users(word.strip(), team, region)) {
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    people.computeIfAbsent(user.getId(), id -> new Recipient(id, user.getEmail(), languageOf(id)));
                }
            }
        }
        return List.copyOf(people.values());
    }

    /** A member of staff as a customer reads them: first and last name, else their user id ("" for none). */
    public String nameOf(String userId) {
        if (userId == null) {
            return "";
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : (nonNull(user.getFirstName()) + " " + nonNull(user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** The language a member of staff reads. */
    public String languageOf(String userId) {
        String chosen = identityService.getUserInfo(userId, LANGUAGE_INFO);
        return MessageTemplates.language(chosen == null || chosen.isBlank() ? settings.staffLanguage() : chosen);
    }

    private List<User> users(String word, String team, String region) {
        if (word.startsWith("user:")) {
            return identityService.createUserQuery().userId(word.substring(5)).list();
        }
        if (TEAM.equals(word)) {
            return team == null ? List.of() : identityService.createUserQuery().memberOfGroup(team).list();
        }
        if (TEAM_SUPERVISORS.equals(word)) {
            if (team == null) {
                return List.of();
            }
            Set<String> supervisors = identityService.createUserQuery().memberOfGroup(SUPERVISOR_ROLE).list()
                    .stream().map(User::getId).collect(Collectors.toSet());
            return identityService.createUserQuery().memberOfGroup(team).list().stream()
                    .filter(user -> supervisors.contains(user.getId())).toList();
        }
        String group = word.replace("{region}", region == null ? "" : region.toLowerCase(Locale.ROOT));
        return identityService.createUserQuery().memberOfGroup(group).list();
    }
}
