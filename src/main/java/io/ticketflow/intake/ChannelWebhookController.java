package io.ticketflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.customer.ChannelIdentity;
import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.system.PlainText;
import io.ticketflow.system.ProblemTypes;
import io.ticketflow.system.WebhookSignature;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed webhook for messaging and marketplace integrations (WeChat official account, WeCom, mini program,
 * marketplaces, other APIs). The HMAC signature is the caller's authentication; a redelivered message (same
 * {@code messageId}) answers the ticket it already made and creates nothing.
 */
@RestController
@Tag(name = "Channel webhooks", description = "Signed messages from messaging and marketplace integrations")
class ChannelWebhookController {

    static final Set<Channel> WEBHOOK_CHANNELS = Set.of(Channel.WECHAT, Channel.WECOM, Channel.MINI_PROGRAM,
            Channel.MARKETPLACE, Channel.API);
    static final int MAX_BODY = 64 * 1024;

    private final TicketIntake intake;
    private final IntakeSettings settings;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;

    ChannelWebhookController(TicketIntake intake, IntakeSettings settings, Validator validator, ObjectMapper json,
            Clock clock) {
        this.intake = intake;
        this.settings = settings;
        this.validator = validator;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.clock = clock;
    }

    record Sender(@NotBlank @Size(max = 200) @PlainText String id,
            @NotBlank @Size(max = 200) @PlainText String name,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number") String phone,
            @Size(max = 320) @Email String email,
            @Pattern(regexp = "[A-Za-z]{2}([_-][A-Za-z]{2,4})?", message = "must be a language such as zh_CN or en")
            String language) {

        /** zh or en when the channel said; null otherwise. */
        String chosenLanguage() {
            if (language == null) {
                return null;
            }
            String code = language.substring(0, 2).toLowerCase(Locale.ROOT);
            return code.equals("zh") || code.equals("en") ? code : null;
        }
    }

    record ChannelMessage(@NotBlank @Size(max = 200) @PlainText String messageId, @NotNull @Valid Sender user,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be an upper-case code") String category,
            @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be a template code") String template,
            @Size(max = 200) @PlainText String subject,
            @NotBlank @Size(max = 4000) @PlainText(multiLine = true) String text,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an upper-case region code")
            @KnownRegion String region,
            Priority urgency, @Size(max = 50) Map<String, Object> fields) {
    }

    record Accepted(String ticketNumber, long ticketId, String result) {
    }

    @PostMapping("/api/channels/{channel}/messages")
    @Operation(summary = "A customer's message from an integration, signed: X-Ticketflow-Timestamp (seconds) and "
            + "X-Ticketflow-Signature (sha256=hex HMAC-SHA256 of '<timestamp>.<body>' with the integration's "
            + "secret). 201 a new ticket, 200 added to an open ticket or a redelivery")
    ResponseEntity<Accepted> receive(@Parameter(description = "WECHAT, WECOM, MINI_PROGRAM, MARKETPLACE or API")
            @PathVariable String channel,
            @RequestHeader(name = "X-Ticketflow-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Ticketflow-Signature", required = false) String signature,
            @RequestBody byte[] body) {
        Channel from = webhookChannel(channel);
        String secret = settings.secretOf(from.name());
        if (secret == null) {
            throw new NotFoundException("Integration", from.name());
        }
        if (body.length > MAX_BODY) {
            throw problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.TOO_LARGE, "A message is at most " + MAX_BODY
                    + " bytes");
        }
        String refused = WebhookSignature.problem(secret, timestamp, signature, body, clock.instant(),
                settings.webhooks().timestampTolerance());
        if (refused != null) {
            throw problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, refused);
        }
        ChannelMessage message = parse(body);
        TicketIntake.Submission submission = new TicketIntake.Submission(from, message.category(),
                message.template(), message.subject() == null || message.subject().isBlank()
                        ? summary(message.text()) : message.subject().strip(),
                message.text(), message.urgency(), message.region(), null, null,
                new CustomerDetails(message.user().name(), message.user().phone(), message.user().email(), null),
                new ChannelIdentity(from.name(), message.user().id()), message.fields(), message.messageId(),
                "channel:" + from.name().toLowerCase(), null, message.user().chosenLanguage());
        TicketIntake.Outcome outcome;
        try {
            outcome = intake.submit(submission);
        } catch (DataIntegrityViolationException deliveredTwiceAtOnce) {
            outcome = intake.replayOf(from, message.messageId()).orElseThrow(() -> deliveredTwiceAtOnce);
        }
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Accepted(outcome.ticket().getTicketNumber(), outcome.ticket().getId(), outcome.result()));
    }

    /** An error with the type docs/integrators.md documents, not {@code about:blank}. */
    private static ResponseStatusException problem(HttpStatus status, URI type, String detail) {
        ResponseStatusException e = new ResponseStatusException(status, detail);
        e.setType(type);
        return e;
    }

    private static Channel webhookChannel(String channel) {
        try {
            Channel parsed = Channel.valueOf(channel);
            if (WEBHOOK_CHANNELS.contains(parsed)) {
                return parsed;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new InvalidFieldException("channel", "must be one of " + WEBHOOK_CHANNELS.stream().sorted().toList());
    }

    private ChannelMessage parse(byte[] body) {
        ChannelMessage message;
        try {
            message = json.readValue(body, ChannelMessage.class);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "is not a channel message: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidFieldException("body", "cannot be read");
        }
        if (message == null) {
            throw new InvalidFieldException("body", "is empty");
        }
        Set<ConstraintViolation<ChannelMessage>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            throw new InvalidFieldException(errors);
        }
        return message;
    }

    private static String summary(String text) {
        String line = text.strip().lines().findFirst().orElse("Message");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
