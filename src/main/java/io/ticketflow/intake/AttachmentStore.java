package io.ticketflow.intake;

import io.ticketflow.notification.MailAttachments;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketFiles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files customers and agents send: stored in the database (every node sees them), limited in size, accepted only
 * when their content is one of the allowed types, and always served as a download, never rendered inline.
 */
@Service
public class AttachmentStore implements TicketFiles, MailAttachments {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "image/gif", new byte[] {'G', 'I', 'F', '8'},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final IntakeMapper mapper;
    private final IntakeSettings settings;
    private final TicketAccess access;
    private final Clock clock;

    AttachmentStore(IntakeMapper mapper, IntakeSettings settings, TicketAccess access, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** Stores a file not yet attached to a ticket and returns it with the token a ticket names it by. */
    @Transactional
    public Attachment upload(String fileName, byte[] content, String actor) {
        if (content.length > settings.attachments().maxSize().toBytes()) {
            throw new ResponseStatusException(HttpStatusCode.valueOf(413), tooLarge());
        }
        String refused = refusal(content);
        if (refused != null) {
            throw new InvalidFieldException("file", refused);
        }
        return store(fileName, content, actor);
    }

    /**
     * A file that came with a mail, stored by the same rules as an upload, or why it was refused (a mail cannot be
     * answered with 400: the refusal goes on the ticket).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<String> keepFromMail(String fileName, byte[] content, long size, long ticketId, String actor) {
        String refused = size > settings.attachments().maxSize().toBytes() ? tooLarge() : refusal(content);
        if (refused != null) {
            return Optional.of(refused);
        }
        attach(List.of(store(fileName, content, actor).uploadToken()), ticketId);
        return Optional.empty();
    }

    /** The size limit, as the refusal says it. */
    private String tooLarge() {
        long kilobytes = settings.attachments().maxSize().toKilobytes();
        return "The file is larger than " + (kilobytes % 1024 == 0 ? kilobytes / 1024 + " MB" : kilobytes + " KB");
    }

    private String refusal(byte[] content) {
        if (content.length == 0) {
            return "is empty";
        }
        String type = contentTypeOf(content);
        if (type == null || !settings.attachments().allowedTypes().contains(type)) {
            return "must be one of " + settings.attachments().allowedTypes() + " (judged by the file's content)";
        }
        return null;
    }

    private Attachment store(String fileName, byte[] content, String actor) {
        String type = contentTypeOf(content);
        String token = token();
        mapper.insertAttachment(token, safeName(fileName), type, content.length, sha256(content), content, actor,
                clock.instant());
        return mapper.findAttachmentsByTokens(List.of(token)).get(0);
    }

    /** Checks upload tokens a submission names: each must exist and belong to no ticket yet. */
    List<FieldError> checkTokens(String field, List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Map<String, Attachment> found = mapper.findAttachmentsByTokens(tokens).stream()
                .collect(Collectors.toMap(Attachment::uploadToken, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (String token : tokens) {
            Attachment attachment = found.get(token);
            if (attachment == null || attachment.ticketId() != null) {
                errors.add(new FieldError(field, "no unused upload with token " + token));
            }
        }
        return errors;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void attach(List<String> tokens, long ticketId) {
        for (String token : tokens) {
            if (mapper.attach(token, ticketId) == 0) {
                throw new InvalidFieldException("fields", "upload " + token + " was attached meanwhile");
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> attach(String field, List<String> tokens, long ticketId) {
        if (tokens == null || tokens.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = checkTokens(field, tokens);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        attach(tokens, ticketId);
        return mapper.findAttachmentsByTokens(tokens).stream().map(Attachment::id).toList();
    }

    @Override
    public List<MailFile> load(List<Long> ids) {
        List<MailFile> files = new ArrayList<>();
        for (long id : ids) {
            mapper.findAttachmentById(id).ifPresent(found -> files.add(new MailFile(found.fileName(),
                    found.contentType(), mapper.findAttachmentContent(id).content())));
        }
        return files;
    }

    public List<Attachment> ofTicket(long ticketId) {
        return mapper.findAttachmentsOfTicket(ticketId);
    }

    /** An attachment of a ticket the caller may see; 404 otherwise, as for an attachment that does not exist. */
    public Attachment get(long ticketId, long attachmentId) {
        return mapper.findAttachment(ticketId, attachmentId).filter(found -> access.maySeeTicket(ticketId))
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    public byte[] content(Attachment attachment) {
        return mapper.findAttachmentContent(attachment.id()).content();
    }

    static String contentTypeOf(byte[] content) {
        for (Map.Entry<String, byte[]> signature : SIGNATURES.entrySet()) {
            byte[] magic = signature.getValue();
            if (content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length)) {
                return signature.getKey();
            }
        }
        boolean webp = content.length >= 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F'
                && content[3] == 'F' && content[8] == 'W' && content[9] == 'E' && content[10] == 'B'
                && content[11] == 'P';
        return webp ? "image/webp" : null;
    }

    /** The last path segment, without control characters or quotes, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
