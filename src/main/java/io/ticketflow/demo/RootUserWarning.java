package io.ticketflow.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo is what people try first, often as root: say loudly that the service must run as an unprivileged user
 * (docs/operations.md shows how), since whatever the application can do, an attacker who breaks in can do too.
 */
@Component
@Profile("demo")
class RootUserWarning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RootUserWarning.class);

    @Override
    public void run(ApplicationArguments args) {
        if (runsAsRoot()) {
            log.warn("""

                    ************************************************************************
                    *  Ticketflow is running as root. Run it as an unprivileged user:      *
                    *  see "Running as an unprivileged user" in docs/operations.md.        *
                    ************************************************************************""");
        }
    }

    static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notUnix) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
