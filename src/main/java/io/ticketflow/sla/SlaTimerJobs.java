package io.ticketflow.sla;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Keeps the lifecycle's SLA timers in step with the stored schedules: their due dates live in process variables
 * (read when a timer is created) and in timer jobs (already created). A pause suspends the jobs; resuming moves
 * their due dates and the variables and activates them — the same jobs, never new ones.
 */
@Component
class SlaTimerJobs {

    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    SlaTimerJobs(ManagementService managementService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /** The process variables holding each timer's due date. */
    Map<String, Object> variables(List<SlaSchedule> schedules) {
        Map<String, Object> variables = new HashMap<>();
        for (SlaSchedule schedule : schedules) {
            for (SlaTimer timer : SlaTimer.values()) {
                if (timer.target() == schedule.target()) {
                    variables.put(timer.variable(), Date.from(timer.dueIn(schedule)));
                }
            }
        }
        return variables;
    }

    void suspend(String processInstanceId) {
        for (String jobId : slaJobs(processInstanceId).keySet()) {
            managementService.suspendJobById(jobId);
        }
    }

    void reschedule(String processInstanceId, List<SlaSchedule> schedules) {
        runtimeService.setVariables(processInstanceId, variables(schedules));
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
