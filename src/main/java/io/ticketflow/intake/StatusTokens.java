package io.ticketflow.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret a web-form customer gets with their ticket number, to look the ticket up without an account. Only its
 * SHA-256 is stored; comparing takes the same time whatever matches.
 */
@Component
class StatusTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IntakeMapper mapper;
    private final Clock clock;

    StatusTokens(IntakeMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String issue(long ticketId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        mapper.insertAccess(ticketId, AttachmentStore.sha256(token.getBytes(StandardCharsets.UTF_8)), clock.instant());
        return token;
    }

    boolean matches(long ticketId, String token) {
        Optional<String> stored = mapper.findAccessHash(ticketId);
        byte[] given = AttachmentStore.sha256((token == null ? "" : token).getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        return stored.isPresent()
                && MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII), given);
    }
}
