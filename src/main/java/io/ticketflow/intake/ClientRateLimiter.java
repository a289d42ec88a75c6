package io.ticketflow.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.ticketflow.system.ProblemTypes;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Limits how often one client address may use the public web form and the customers' status pages (together): a
 * token bucket per address (Bucket4j) refilled every minute, kept in a bounded cache. Over the limit the caller gets
 * 429 with Retry-After. Per node: with several nodes behind a balancer each node counts its own share.
 */
@Component
public class ClientRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final IntakeSettings settings;

    ClientRateLimiter(IntakeSettings settings) {
        this.settings = settings;
    }

    public void admit(String clientAddress) {
        int perMinute = settings.webForm().requestsPerMinute();
        Bucket bucket = buckets.get(clientAddress, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            ResponseStatusException tooMany = new ResponseStatusException(HttpStatusCode.valueOf(429),
                    "Too many requests from this address; try again in " + seconds + " s", null) {
                @Override
                public HttpHeaders getHeaders() {
                    return headers;
                }
            };
            tooMany.setType(ProblemTypes.TOO_MANY_REQUESTS);
            throw tooMany;
        }
    }
}
