package io.ticketflow.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WebhookMapper {

    /** Inserts and sets the new row's id on the argument. */
    void insertSubscription(NewSubscription subscription);

    /** A subscription to insert; MyBatis sets its id. */
    final class NewSubscription {
        final String name;
        final String url;
        final String events;
        final String keyId;
        final String secret;
        final String createdBy;
        final Instant createdAt;
        Long id;

        NewSubscription(String name, String url, String events, String keyId, String secret, String createdBy,
                Instant createdAt) {
            this.name = name;
            this.url = url;
            this.events = events;
            this.keyId = keyId;
            this.secret = secret;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
        }
    }

    Optional<WebhookSubscription> findSubscription(long id);

    /** Newest first; of one integrator when {@code createdBy} is given. */
    List<WebhookSubscription> findSubscriptions(@Param("createdBy") String createdBy);

    int updatePaused(@Param("id") long id, @Param("paused") boolean paused);

    int updateKey(@Param("id") long id, @Param("keyId") String keyId, @Param("secret") String secret);

    int deleteSubscription(long id);
}
