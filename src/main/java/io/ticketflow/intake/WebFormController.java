package io.ticketflow.intake;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.PlainText;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.StatusLinks;
import io.ticketflow.ticket.Ticket;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The company website's form, open without login: submit a ticket (with uploads); the receipt's status link is the
 * customer's way back (conversation.StatusPageController). Rate limited per client address.
 */
@RestController
@Validated
@Tag(name = "Web form", description = "Public: submit a ticket from the website and follow it with its status token")
class WebFormController {

    static final String PUBLIC = "/api/public";
    private final TicketIntake intake;
    private final StatusLinks links;
    private final AttachmentStore attachments;
    private final ClientRateLimiter limiter;
    private final TransactionTemplate transaction;

    WebFormController(TicketIntake intake, StatusLinks links, AttachmentStore attachments, ClientRateLimiter limiter,
            TransactionTemplate transaction) {
        this.intake = intake;
        this.links = links;
        this.attachments = attachments;
        this.limiter = limiter;
        this.transaction = transaction;
    }

    record WebFormTicket(
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be an upper-case code such as RETURN")
            String category,
            @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be a template code") String template,
            @NotBlank @Size(max = 200) @PlainText String subject,
            @NotBlank @Size(max = 4000) @PlainText(multiLine = true) String description,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an upper-case region code")
            @KnownRegion String region,
            @NotBlank @Size(max = 200) @PlainText String name,
            @Size(max = 320) @Email String email,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number") String phone,
            @Size(max = 50) Map<String, Object> fields) {

        @AssertTrue(message = "give an e-mail address or a phone number")
        @Schema(hidden = true)
        boolean isContactable() {
            return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
        }
    }

    /** {@code statusUrl} is the customer's status page; the same with {@code /api/public/tickets/} is its JSON. */
    record Receipt(String number, String statusToken, String statusUrl, boolean addedToOpenTicket) {
    }

    record PublicUpload(String token, String fileName, String contentType, long size) {
    }

    @PostMapping(PUBLIC + "/tickets")
    @Operation(summary = "Submit a ticket from the website. Answers the ticket number and a secret status token "
            + "(shown once; keep it to follow the ticket)")
    ResponseEntity<Receipt> submit(@Valid @RequestBody WebFormTicket form, HttpServletRequest request) {
        limiter.admit(request.getRemoteAddr());
        Receipt receipt = transaction.execute(tx -> {
            TicketIntake.Outcome outcome = intake.submit(new TicketIntake.Submission(Channel.WEB, form.category(),
                    form.template(), form.subject().strip(), form.description(), null, form.region(), null, null,
                    new CustomerDetails(form.name(), form.phone(), form.email(), null), null, form.fields(), null,
                    "web-form", null, browserLanguage(request)));
            Ticket ticket = outcome.ticket();
            String token = outcome.created() ? links.token(ticket.getTicketNumber()) : null;
            return new Receipt(ticket.getTicketNumber(), token, token == null ? null
                    : links.path(ticket.getTicketNumber()), !outcome.created());
        });
        return ResponseEntity.status(receipt.addedToOpenTicket() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    /** The first of Chinese and English the browser names; Chinese when it names neither; null when silent. */
    private static String browserLanguage(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : Collections.list(request.getLocales())
                .stream().map(Locale::getLanguage).filter(Set.of("zh", "en")::contains).findFirst().orElse("zh");
    }

    @PostMapping(path = PUBLIC + "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a photo or PDF for the web form (multipart field 'file'); name the returned token "
            + "in the form's attachment field")
    ResponseEntity<PublicUpload> upload(@RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        limiter.admit(request.getRemoteAddr());
        Attachment stored = attachments.upload(file.getOriginalFilename(), file.getBytes(), "web-form");
        return ResponseEntity.status(HttpStatus.CREATED).body(new PublicUpload(stored.uploadToken(),
                stored.fileName(), stored.contentType(), stored.sizeBytes()));
    }
}
