package io.ticketflow.journey;

import io.ticketflow.ticket.TicketScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;

/**
 * The work waiting in each journey, for the supervisor's diagram: the journeys deployed (latest versions), a
 * journey's model with its layout, and per step the open tickets and the overdue ones — counted in one indexed
 * read of the open steps, within what the caller may see.
 */
@Service
public class JourneyWork {

    private final RepositoryService repository;
    private final StepMapper steps;
    private final Clock clock;

    JourneyWork(RepositoryService repository, StepMapper steps, Clock clock) {
        this.repository = repository;
        this.steps = steps;
        this.clock = clock;
    }

    /** The journeys and building blocks deployed, latest version of each, by name. */
    public List<ProcessDefinition> journeys() {
        return repository.createProcessDefinitionQuery().latestVersion().active().orderByProcessDefinitionName()
                .asc().list();
    }

    /** The latest model of a journey, with its diagram interchange; empty for an unknown key. */
    public Optional<BpmnModelInstance> model(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return definition == null ? Optional.empty()
                : Optional.of(repository.getBpmnModelInstance(definition.getId()));
    }

    public List<StepCount> counts(String processKey, TicketScope scope) {
        return steps.countOpenSteps(processKey, clock.instant(), scope);
    }

    public List<StepTicket> ticketsAt(String processKey, String elementId, TicketScope scope, int limit) {
        return steps.findOpenStepTickets(processKey, elementId, clock.instant(), scope, limit);
    }
}
