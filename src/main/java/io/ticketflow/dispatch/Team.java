package io.ticketflow.dispatch;

import java.time.Instant;

/**
 * A team's dispatch settings. Team membership itself is the Camunda group of the same id; {@code region} null means
 * the team serves every region; with {@code directAssignment} dispatch picks a person, otherwise the team's members
 * claim from its queue.
 */
public record Team(String groupId, String name, String region, boolean directAssignment, Instant updatedAt) {

    public boolean national() {
        return region == null;
    }
}
