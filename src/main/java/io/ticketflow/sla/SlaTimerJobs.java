package io.ticketflow.sla;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Keeps the ticket's SLA timer jobs in step with the stored schedules (timers created later read the schedule
 * themselves, see {@link SlaDueDates}). A pause suspends the jobs; resuming moves their due dates and activates
 * them — the same jobs, never new ones. A job is an SLA timer when its definition's timer expression asks
 * {@code slaDueDates} — wherever the journey draws it, in the ticket's process or a process it called.
 */
@Component
class SlaTimerJobs {

    /** The engine describes a timer's job definition as "DATE: ${the expression}". */
    private static final Pattern SLA_TIMER = Pattern.compile(
            "\\$\\{\\s*" + SlaDueDates.BEAN + "\\s*\\.\\s*at\\s*\\(\\s*execution\\s*,\\s*'([A-Z_]+)'\\s*\\)\\s*}");

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final Map<String, Optional<SlaTimer>> timersByJobDefinition = new ConcurrentHashMap<>();

    SlaTimerJobs(ManagementService managementService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
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

    /** The SLA timer jobs of a ticket's process instance and the instances it called, by job id. */
    private Map<String, SlaTimer> slaJobs(String processInstanceId) {
        Map<String, SlaTimer> jobs = new HashMap<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .rootProcessInstanceId(processInstanceId).list()) {
            for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                timerOf(job.getJobDefinitionId()).ifPresent(timer -> jobs.put(job.getId(), timer));
            }
        }
        return jobs;
    }

    /** Which SLA timer a job definition times, if any; a definition never changes, so the answer is kept. */
    private Optional<SlaTimer> timerOf(String jobDefinitionId) {
        if (jobDefinitionId == null) {
            return Optional.empty();
        }
        return timersByJobDefinition.computeIfAbsent(jobDefinitionId, id -> {
            JobDefinition definition = managementService.createJobDefinitionQuery().jobDefinitionId(id)
                    .singleResult();
            Matcher timer = definition == null || definition.getJobConfiguration() == null ? null
                    : SLA_TIMER.matcher(definition.getJobConfiguration());
            return timer != null && timer.find() ? Arrays.stream(SlaTimer.values())
                    .filter(known -> known.name().equals(timer.group(1))).findFirst() : Optional.empty();
        });
    }
}
