package io.ticketflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Lifts the log-in lock of the users listed in {@code ticketflow.security.unlock-users} at start-up, so an
 * operator can let a locked administrator back in without another administrator:
 * {@code java -jar ticketflow.jar --ticketflow.security.unlock-users=admin}.
 */
@Component
class LockedUserUnlocker implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LockedUserUnlocker.class);

    private final IdentityService identityService;
    private final SecuritySettings settings;

    LockedUserUnlocker(IdentityService identityService, SecuritySettings settings) {
        this.identityService = identityService;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        unlockListedUsers();
    }

    void unlockListedUsers() {
        for (String userId : settings.unlockUsers()) {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                log.warn("ticketflow.security.unlock-users names '{}', which is not a user; nothing unlocked",
                        userId);
                continue;
            }
            identityService.unlockUser(userId);
            log.warn("Unlocked user '{}' (ticketflow.security.unlock-users); remove the setting once they are in",
                    userId);
        }
    }
}
