package io.ticketflow.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.intake.ClientRateLimiter;
import io.ticketflow.ticket.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON twin of the customer's status page, for a mini program or an app: the same view and the same answers,
 * authorised by the ticket's status token alone; a wrong token is 404. Rate limited per client address together
 * with the web form.
 */
@RestController
@Validated
@RequestMapping(PublicStatusController.STATUS)
@Tag(name = "Status page", description = "Public, with the ticket's status token: follow a ticket, reply, accept "
        + "or reject the resolution, rate")
class PublicStatusController {

    static final String STATUS = "/api/public/tickets/{number}";

    private final CustomerStatus status;
    private final ClientRateLimiter limiter;

    PublicStatusController(CustomerStatus status, ClientRateLimiter limiter) {
        this.status = status;
        this.limiter = limiter;
    }

    /** What an answer did (UNCHANGED: it had been given already), and the ticket now. */
    record Answered(CustomerStatus.Result result, CustomerStatus.StatusView status) {
    }

    @GetMapping
    @Operation(summary = "The ticket as its customer sees it: status, customer-visible timeline with the messages "
            + "both ways, the times aimed for, and which answers are open")
    CustomerStatus.StatusView view(@PathVariable @Pattern(regexp = "TF-\\d{4}-\\d{6}") String number,
            @RequestParam @Size(max = 100) String token, HttpServletRequest request) {
        limiter.admit(request.getRemoteAddr());
        return status.view(status.ticket(number, token));
    }

    @PostMapping("/replies")
    @Operation(summary = "The customer writes (a ticket waiting on them goes back to work); same clientMessageId "
            + "twice is one message")
    Answered reply(@PathVariable @Pattern(regexp = "TF-\\d{4}-\\d{6}") String number,
            @RequestParam @Size(max = 100) String token, @Valid @RequestBody CustomerAnswers.CustomerMessage body,
            HttpServletRequest request) {
        limiter.admit(request.getRemoteAddr());
        Ticket ticket = status.ticket(number, token);
        CustomerStatus.Result result = status.reply(ticket, body, StatusLanguage.of(request));
        return new Answered(result, status.view(status.ticket(number, token)));
    }

    @PostMapping("/confirmation")
    @Operation(summary = "The customer accepts (closes) or rejects (re-opens) the resolution, with an optional "
            + "rating; answered already, nothing changes (UNCHANGED)")
    Answered confirm(@PathVariable @Pattern(regexp = "TF-\\d{4}-\\d{6}") String number,
            @RequestParam @Size(max = 100) String token,
            @Valid @RequestBody CustomerAnswers.CustomerConfirmation body, HttpServletRequest request) {
        limiter.admit(request.getRemoteAddr());
        CustomerStatus.Result result = status.confirm(status.ticket(number, token), body.accepted(), body.rating(),
                body.comment(), StatusLanguage.of(request));
        return new Answered(result, status.view(status.ticket(number, token)));
    }

    @PostMapping("/rating")
    @Operation(summary = "The customer rates the service 1–5 (of a resolved ticket this accepts the resolution); "
            + "rated already, nothing changes (UNCHANGED)")
    Answered rate(@PathVariable @Pattern(regexp = "TF-\\d{4}-\\d{6}") String number,
            @RequestParam @Size(max = 100) String token, @Valid @RequestBody CustomerAnswers.CustomerRating body,
            HttpServletRequest request) {
        limiter.admit(request.getRemoteAddr());
        CustomerStatus.Result result = status.rate(status.ticket(number, token), body.rating(), body.comment(),
                StatusLanguage.of(request));
        return new Answered(result, status.view(status.ticket(number, token)));
    }
}
