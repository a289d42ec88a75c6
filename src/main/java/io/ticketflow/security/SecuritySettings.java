package io.ticketflow.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code ticketflow.security.*}).
 *
 * @param unlockUsers users whose log-in lock is lifted at start-up (a comma list on the command line:
 *        {@code --ticketflow.security.unlock-users=admin}); for an account Camunda locked before its own lock was
 *        switched off, or by any other means
 * @param loginThrottle how many failed log-ins a client may make before it has to wait
 */
@ConfigurationProperties("ticketflow.security")
public record SecuritySettings(List<String> unlockUsers, @DefaultValue LoginThrottle loginThrottle) {

    public SecuritySettings {
        unlockUsers = unlockUsers == null ? List.of()
                : unlockUsers.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    /**
     * Failed log-ins allowed per client address (any names) and per name from one address, each refilled evenly
     * over its period: with 30 per 10 minutes an address that used them all may try once every 20 s. Unknown names
     * count like existing ones. A successful log-in clears the name's count from that address, not the address's.
     */
    public record LoginThrottle(@DefaultValue("30") int addressFailures, @DefaultValue("PT10M") Duration addressPeriod,
            @DefaultValue("5") int accountFailures, @DefaultValue("PT5M") Duration accountPeriod) {

        public LoginThrottle {
            if (addressFailures < 1 || accountFailures < 1) {
                throw new IllegalArgumentException("ticketflow.security.login-throttle: failures must be at least 1");
            }
            if (addressPeriod.isNegative() || addressPeriod.isZero() || accountPeriod.isNegative()
                    || accountPeriod.isZero()) {
                throw new IllegalArgumentException("ticketflow.security.login-throttle: periods must be positive");
            }
        }
    }
}
