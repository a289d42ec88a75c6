package io.ticketflow.rules;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the decision tables live: {@code ticketflow.rules-dir}, default the repository's {@code rules/}. */
@ConfigurationProperties("ticketflow")
public record RulesSettings(Path rulesDir) {
}
