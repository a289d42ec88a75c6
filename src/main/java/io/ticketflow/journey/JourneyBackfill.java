package io.ticketflow.journey;

import io.ticketflow.ticket.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings tickets from before journeys up to date at start-up, once (the second start finds nothing): their
 * lifecycle's definition version, and a step for each open task. Needs the engine's tables, so it cannot be a
 * database migration (a fresh database has none when migrations run).
 */
@Component
class JourneyBackfill {

    private static final Logger log = LoggerFactory.getLogger(JourneyBackfill.class);

    private final TicketService tickets;
    private final StepMapper steps;

    JourneyBackfill(TicketService tickets, StepMapper steps) {
        this.tickets = tickets;
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        int versions = tickets.fillJourneyVersions();
        int added = steps.insertMissingSteps();
        steps.fillProcessKeys();
        if (versions > 0 || added > 0) {
            log.info("Tickets from before journeys: {} got their journey version, {} open task(s) their step",
                    versions, added);
        }
    }
}
