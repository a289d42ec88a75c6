package io.ticketflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without ever locking an account: a token bucket (Bucket4j) of failed log-ins per
 * client address and one per name given from that address, kept in bounded caches. A log-in is refused before its
 * password is checked while either bucket is empty; only failures take a token, so people who type their password
 * right never notice. An anonymous caller can thus only slow down log-ins from their own address — the account
 * itself stays usable from everywhere else. Per node: with several nodes each counts its own share.
 */
@Component
class LoginThrottle {

    /** Longer names are cut for the key: the name is the caller's, not a user's, and may be anything. */
    private static final int MAX_KEY_NAME = 200;

    private final SecuritySettings.LoginThrottle limits;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> accounts;

    LoginThrottle(SecuritySettings settings) {
        this.limits = settings.loginThrottle();
        this.addresses = cache(limits.addressPeriod());
        this.accounts = cache(limits.accountPeriod());
    }

    /** Throws {@link LoginThrottledException} when this address, or this name from it, must wait. */
    void admit(String name, String address) {
        long wait = Math.max(nanosToWait(addresses.getIfPresent(address)),
                nanosToWait(accounts.getIfPresent(key(name, address))));
        if (wait > 0) {
            throw new LoginThrottledException(Duration.ofNanos(wait));
        }
    }

    /**
     * Counts a failed log-in. Concurrent attempts that all passed {@link #admit} may take a bucket below zero; the
     * caller then waits that much longer.
     */
    void failed(String name, String address) {
        addresses.get(address, a -> bucket(limits.addressFailures(), limits.addressPeriod()))
                .consumeIgnoringRateLimits(1);
        accounts.get(key(name, address), k -> bucket(limits.accountFailures(), limits.accountPeriod()))
                .consumeIgnoringRateLimits(1);
    }

    /** The right password: this name's count from this address starts over (the address's count does not). */
    void succeeded(String name, String address) {
        accounts.invalidate(key(name, address));
    }

    private static long nanosToWait(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    /** Case does not make another account to guess at, whatever the database's collation. */
    private static String key(String name, String address) {
        String normalized = name.toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_KEY_NAME) {
            normalized = normalized.substring(0, MAX_KEY_NAME);
        }
        return address + " " + normalized;
    }

    private static Bucket bucket(int failures, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, period).build())
                .build();
    }

    /** An entry idle for longer than its period has refilled completely, so forgetting it changes nothing. */
    private static Cache<String, Bucket> cache(Duration period) {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.plusMinutes(1)).build();
    }
}
