package io.ticketflow.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A log-in refused before its password was looked at, because its client address (or the name from that address)
 * failed too often: 429 with Retry-After on the API, back to the login page in the browser.
 */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private LoginThrottledException(long seconds) {
        super("Too many failed log-ins; try again in " + seconds + " s");
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
