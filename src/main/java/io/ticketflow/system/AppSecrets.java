package io.ticketflow.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets the application makes for itself ({@code tf_secret}): created once, at random, by whichever node needs one
 * first, then shared by every node through the database and kept across restarts. Nothing to configure and nothing
 * in the repository; deleting a row makes a new secret (and voids what the old one signed).
 */
@Component
public class AppSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    AppSecrets(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The secret of this name, 32 random bytes; made in a transaction of its own, so that a caller's rollback never
     * takes back a secret this node has already used.
     */
    public byte[] secret(String name) {
        return cache.computeIfAbsent(name, key -> ownTransaction.execute(tx -> loadOrCreate(key)));
    }

    private byte[] loadOrCreate(String name) {
        List<String> stored = jdbc.queryForList("select secret from tf_secret where name = ?", String.class, name);
        if (stored.isEmpty()) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            try {
                jdbc.update("insert into tf_secret (name, secret, created_at) values (?, ?, ?)", name,
                        Base64.getEncoder().encodeToString(bytes), Timestamp.from(clock.instant()));
                return bytes;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                stored = jdbc.queryForList("select secret from tf_secret where name = ?", String.class, name);
            }
        }
        return Base64.getDecoder().decode(stored.get(0));
    }
}
