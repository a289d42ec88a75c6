package io.ticketflow.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins read the mail the support mailbox could not take in, and download it as it arrived. */
@RestController
@Validated
@Tag(name = "Intake")
class UnreadableMailController {

    private final UnreadableMail unreadable;

    UnreadableMailController(UnreadableMail unreadable) {
        this.unreadable = unreadable;
    }

    @GetMapping("/api/admin/unreadable-mail")
    @Operation(summary = "Mail the support mailbox could not take in, newest first, with the reason (admins)")
    List<UnreadableMail.Kept> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return unreadable.newest(limit);
    }

    @GetMapping("/api/admin/unreadable-mail/{id}/raw")
    @Operation(summary = "One such mail as it arrived (message/rfc822, always a download) (admins)")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("unreadable-mail-" + id + ".eml").build().toString())
                .header("Content-Security-Policy", "sandbox")
                .body(unreadable.raw(id));
    }
}
