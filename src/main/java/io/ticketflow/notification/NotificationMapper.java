package io.ticketflow.notification;

import io.ticketflow.ticket.TicketScope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    void insertNotification(Notification notification);

    boolean existsWithKey(String idempotencyKey);

    /**
     * Newest first, filtered by ticket and kind when given: those about tickets the scope sees and those addressed
     * to the scope's user.
     */
    List<Notification> findNotifications(@Param("ticketId") Long ticketId, @Param("kind") String kind,
            @Param("audience") Audience audience, @Param("scope") TicketScope scope, @Param("limit") int limit);

    /**
     * Pending notifications on the given transports due now, and SENDING ones whose sender's lease ran out (it
     * crashed); not those of a paused webhook subscription.
     */
    List<Long> findDueIds(@Param("now") Instant now, @Param("transports") Collection<Transport> transports,
            @Param("limit") int limit);

    /** Takes a due notification for this sender until {@code leaseUntil}; 0 when another sender took it first. */
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

    Notification findNotification(long id);

    void markSent(@Param("id") long id, @Param("at") Instant at);

    void markRetry(@Param("id") long id, @Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error);

    void markFailed(@Param("id") long id, @Param("error") String error);

    Notification findByMessageId(String messageId);

    List<Notification> findFailed(int limit);

    int failUnsentOfSubscription(@Param("subscriptionId") long subscriptionId, @Param("error") String error);

    List<Notification> findOfSubscription(@Param("subscriptionId") long subscriptionId,
            @Param("status") NotificationStatus status, @Param("limit") int limit);

    /** A sent mail came back: 1 when it was SENT. */
    int markBounced(@Param("id") long id, @Param("error") String error);

    /** A FAILED message is queued again from scratch: 1 when it was FAILED. */
    int resend(@Param("id") long id, @Param("now") Instant now);
}
