package io.ticketflow.conversation;

import io.ticketflow.intake.ClientRateLimiter;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.StatusLinks;
import io.ticketflow.ticket.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer's status page, {@code /status/<number>?token=...}: a small server-rendered page (Chinese or English by
 * the browser) where the customer follows the ticket, writes to the agents, accepts or rejects the resolution and
 * rates it — no login, the link's token is the key. Every answer is a plain form post followed by a redirect back
 * (so a reload sends nothing twice); a reply form carries a one-time id, so a double click is one message. Wrong
 * token or number: 404, the same as a ticket that does not exist. Rate limited with the web form.
 */
@Controller
class StatusPageController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NUMBER = "TF-\\d{4}-\\d{6}";
    private static final String PAGE = "status";
    private static final String NOT_FOUND = "status-not-found";

    private final CustomerStatus status;
    private final ClientRateLimiter limiter;
    private final Validator validator;

    StatusPageController(CustomerStatus status, ClientRateLimiter limiter, Validator validator) {
        this.status = status;
        this.limiter = limiter;
        this.validator = validator;
    }

    @GetMapping(StatusLinks.STATUS_PAGE + "/{number}")
    String page(@PathVariable String number, @RequestParam(required = false) String token,
            @RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return answer(number, token, request, response, model, ticket -> {
            if (done != null && done.matches("[a-z-]{1,20}")) {
                model.addAttribute("done", done);
            }
            return null;
        });
    }

    @PostMapping(StatusLinks.STATUS_PAGE + "/{number}/reply")
    String reply(@PathVariable String number, @RequestParam(required = false) String token,
            @RequestParam(required = false) String message, @RequestParam(required = false) String formId,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(number, token, request, response, model, ticket -> {
            CustomerAnswers.CustomerMessage answer = new CustomerAnswers.CustomerMessage(message, formId, null);
            return checked(answer, () -> status.reply(ticket, answer, StatusLanguage.of(request)), "replied");
        });
    }

    @PostMapping(StatusLinks.STATUS_PAGE + "/{number}/confirmation")
    String confirm(@PathVariable String number, @RequestParam(required = false) String token,
            @RequestParam(required = false) Boolean accepted, @RequestParam(required = false) Integer rating,
            @RequestParam(required = false) String comment, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return answer(number, token, request, response, model, ticket -> {
            CustomerAnswers.CustomerConfirmation answer = new CustomerAnswers.CustomerConfirmation(accepted, rating,
                    blankToNull(comment));
            return checked(answer, () -> status.confirm(ticket, accepted, rating, answer.comment(),
                    StatusLanguage.of(request)), Boolean.TRUE.equals(accepted) ? "accepted" : "rejected");
        });
    }

    @PostMapping(StatusLinks.STATUS_PAGE + "/{number}/rating")
    String rate(@PathVariable String number, @RequestParam(required = false) String token,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(number, token, request, response, model, ticket -> {
            CustomerAnswers.CustomerRating answer = new CustomerAnswers.CustomerRating(rating, blankToNull(comment));
            return checked(answer, () -> status.rate(ticket, rating, answer.comment(), StatusLanguage.of(request)),
                    "rated");
        });
    }

    /** What an action answers: the page again with an error (400, 409), or where to go next (a redirect). */
    private interface Action {
        Outcome apply(Ticket ticket);
    }

    private record Outcome(String done, String error, HttpStatus status) {
    }

    private Outcome checked(Object answer, Supplier<CustomerStatus.Result> change, String done) {
        Set<ConstraintViolation<Object>> violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            return new Outcome(null, violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                    .collect(Collectors.joining("; ")), HttpStatus.BAD_REQUEST);
        }
        try {
            return new Outcome(change.get() == CustomerStatus.Result.CHANGED ? done : "unchanged", null, null);
        } catch (ConflictException e) {
            return new Outcome(null, e.getMessage(), HttpStatus.CONFLICT);
        }
    }

    private String answer(String number, String token, HttpServletRequest request, HttpServletResponse response,
            Model model, Action action) {
        limiter.admit(request.getRemoteAddr());
        Locale locale = StatusLanguage.locale(request);
        model.addAttribute("t", texts(locale));
        model.addAttribute("lang", locale.getLanguage());
        Ticket ticket;
        try {
            if (number == null || !number.matches(NUMBER) || token == null || token.length() > 100) {
                throw new NotFoundException("Ticket", number);
            }
            ticket = status.ticket(number, token);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return NOT_FOUND;
        }
        Outcome outcome = action.apply(ticket);
        if (outcome != null && outcome.done() != null) {
            return "redirect:" + UriComponentsBuilder.fromPath(StatusLinks.STATUS_PAGE + "/{number}")
                    .queryParam("token", token).queryParam("done", outcome.done()).buildAndExpand(number).encode()
                    .toUriString();
        }
        if (outcome != null) {
            response.setStatus(outcome.status().value());
            model.addAttribute("error", outcome.error());
        }
        model.addAttribute("view", status.view(status.ticket(number, token)));
        model.addAttribute("token", token);
        model.addAttribute("formId", formId());
        return PAGE;
    }

    /** The page's words in the language, as a map the template reads ({@code ${t['title']}}). */
    private static Map<String, String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/status", locale);
        return bundle.keySet().stream().collect(Collectors.toUnmodifiableMap(key -> key, bundle::getString));
    }

    private static String formId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
