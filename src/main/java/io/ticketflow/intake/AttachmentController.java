package io.ticketflow.intake;

import io.ticketflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Attachments", description = "Upload a file, then name its token in a ticket's attachment field")
class AttachmentController {

    private final AttachmentStore store;

    AttachmentController(AttachmentStore store) {
        this.store = store;
    }

    /** An uploaded file: the token to put in a ticket's attachment field. */
    record UploadView(String token, String fileName, String contentType, long size) {

        static UploadView of(Attachment a) {
            return new UploadView(a.uploadToken(), a.fileName(), a.contentType(), a.sizeBytes());
        }
    }

    @PostMapping(path = "/api/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (multipart field 'file'); the size and type limits apply (413, 400)")
    ResponseEntity<UploadView> upload(@RequestPart("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(UploadView.of(store.upload(file.getOriginalFilename(),
                file.getBytes(), CurrentUser.get().userId())));
    }

    @GetMapping("/api/tickets/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment of a ticket; always as a download, never shown inline")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment attachment = store.get(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox")
                .body(store.content(attachment));
    }
}
