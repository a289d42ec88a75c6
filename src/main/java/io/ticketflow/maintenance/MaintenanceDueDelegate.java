package io.ticketflow.maintenance;

import io.ticketflow.process.ProcessBean;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The proactive maintenance process's batch step: opens the maintenance tickets of one batch of devices. Reads and
 * writes {@code maintenanceDay} (the run's date, fixed by its first batch so a run past midnight stays one run),
 * {@code lastDeviceId} (where the next batch starts), {@code moreDevices} and {@code ticketsOpened}.
 */
@ProcessBean
@Component("maintenanceDueDelegate")
class MaintenanceDueDelegate implements JavaDelegate {

    static final String VAR_DAY = "maintenanceDay";
    static final String VAR_LAST_DEVICE = "lastDeviceId";
    static final String VAR_MORE = "moreDevices";
    static final String VAR_OPENED = "ticketsOpened";

    private final MaintenanceRun run;
    private final MaintenanceSettings settings;
    private final Clock clock;

    MaintenanceDueDelegate(MaintenanceRun run, MaintenanceSettings settings, Clock clock) {
        this.run = run;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate day = execution.getVariable(VAR_DAY) instanceof String set ? LocalDate.parse(set)
                : settings.today(clock);
        long after = execution.getVariable(VAR_LAST_DEVICE) instanceof Number n ? n.longValue() : 0L;
        long openedBefore = execution.getVariable(VAR_OPENED) instanceof Number n ? n.longValue() : 0L;
        MaintenanceRun.Batch batch = run.openTickets(day, after);
        execution.setVariable(VAR_DAY, day.toString());
        execution.setVariable(VAR_LAST_DEVICE, batch.nextAfter() != null ? batch.nextAfter() : after);
        execution.setVariable(VAR_MORE, batch.nextAfter() != null);
        execution.setVariable(VAR_OPENED, openedBefore + batch.opened());
    }
}
