package io.ticketflow.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} work (the notification sender, the backlog watch). */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
