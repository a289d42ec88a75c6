package io.ticketflow.console;

import io.ticketflow.journey.JourneyWork;
import io.ticketflow.journey.StepCount;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketScope;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The supervisor's view of the journeys: each drawn as the analyst laid it out, with the number of open tickets on
 * every step and the overdue ones in red — the blocked step lights up; a click on a step lists its tickets, due
 * first. The counts and the list hold only the tickets the supervisor may see; the table beside the diagram says
 * the same in words.
 */
@Controller
class JourneyBoardController {

    static final String JOURNEYS = "/console/journeys";
    private static final int LIST_LIMIT = 200;

    private final JourneyWork work;
    private final TicketAccess access;

    JourneyBoardController(JourneyWork work, TicketAccess access) {
        this.work = work;
        this.access = access;
    }

    @GetMapping(JOURNEYS)
    String journeys(Model model) {
        model.addAttribute("journeys", work.journeys());
        return "console/journeys";
    }

    /** One row of the table beside the diagram: the step's name, open tickets, overdue ones. */
    record StepRow(String elementId, String name, long open, long overdue) {
    }

    @GetMapping(JOURNEYS + "/{key}")
    String journey(@PathVariable String key, Model model, HttpServletResponse response) {
        BpmnModelInstance bpmn = work.model(key).orElse(null);
        if (bpmn == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "console/not-found";
        }
        TicketScope scope = access.scope();
        List<StepCount> counts = work.counts(key, scope);
        Map<String, String> names = bpmn.getModelElementsByType(FlowElement.class).stream()
                .collect(Collectors.toMap(FlowElement::getId, e -> e.getName() == null ? e.getId() : e.getName(),
                        (a, b) -> a));
        model.addAttribute("key", key);
        model.addAttribute("svg", DiagramSvg.draw(bpmn, counts, element -> DiagramSvg.stepPath(key, element)));
        model.addAttribute("rows", counts.stream()
                .map(c -> new StepRow(c.elementId(), names.getOrDefault(c.elementId(), c.elementId()), c.openSteps(),
                        c.overdue())).toList());
        return "console/journey";
    }

    @GetMapping(JOURNEYS + "/{key}/steps/{elementId}")
    String step(@PathVariable String key, @PathVariable String elementId, Model model,
            HttpServletResponse response) {
        BpmnModelInstance bpmn = work.model(key).orElse(null);
        ModelElementInstance found = bpmn == null ? null : bpmn.getModelElementById(elementId);
        if (!(found instanceof FlowElement element)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "console/not-found";
        }
        model.addAttribute("key", key);
        model.addAttribute("stepName", element.getName() == null ? elementId : element.getName());
        model.addAttribute("tickets", work.ticketsAt(key, elementId, access.scope(), LIST_LIMIT));
        return "console/journey-step";
    }
}
