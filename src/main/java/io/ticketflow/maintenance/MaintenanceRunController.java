package io.ticketflow.maintenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An operator starts today's maintenance run now (admins) — after adding devices, or to catch up a day the timer
 * missed; the run opens each due device's ticket once, so running it again is harmless.
 */
@RestController
@Tag(name = "Devices")
class MaintenanceRunController {

    /** Starts the process the daily timer starts ({@code processes/proactive-maintenance.bpmn}) now. */
    static final String MSG_RUN_REQUESTED = "Msg_MaintenanceRunRequested";

    private final RuntimeService runtimeService;

    MaintenanceRunController(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    record RunStarted(String processInstanceId) {
    }

    @PostMapping("/api/maintenance/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start today's proactive maintenance run now (admins); it runs in the background, one "
            + "batch of devices per transaction, and opens one ticket per device and due date however often it runs")
    RunStarted start() {
        return new RunStarted(runtimeService.startProcessInstanceByMessage(MSG_RUN_REQUESTED).getId());
    }
}
