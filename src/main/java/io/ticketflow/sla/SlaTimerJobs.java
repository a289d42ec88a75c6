package io.ticketflow.sla;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Keeps the lifecycle's SLA timer jobs in step with the stored schedules (timers created later read the schedule
 * themselves, see {@link SlaDueDates}). A pause suspends the jobs; resuming moves their due dates and activates
 * them — the same jobs, never new ones.
 */
@Component
class SlaTimerJobs {

    private final ManagementService managementService;

    SlaTimerJobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    void suspend(String processInstanceId) {
        for (String jobId : slaJobs(processInstanceId).keySet()) {
            managementService.suspendJobById(jobId);
        }
    }

    void reschedule(String processInstanceId, List<SlaSchedule> schedules) {
        slaJobs(processInstanceId).forEach((jobId, timer) -> schedules.stream()
                .filter(schedule -> schedule.target() == timer.target())
                .findFirst()
                .ifPresent(schedule -> {
                    managementService.setJobDuedate(jobId, Date.from(timer.dueIn(schedule)));
                    managementService.activateJobById(jobId);
                }));
    }

    /** The SLA timer jobs of a process instance by job id. */
    private Map<String, SlaTimer> slaJobs(String processInstanceId) {
        Map<String, SlaTimer> jobs = new HashMap<>();
        for (SlaTimer timer : SlaTimer.values()) {
            for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId)
                    .activityId(timer.activityId()).timers().list()) {
                jobs.put(job.getId(), timer);
            }
        }
        return jobs;
    }
}
