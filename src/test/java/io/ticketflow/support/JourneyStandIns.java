package io.ticketflow.support;

import io.ticketflow.journey.ApprovalLevels;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the building blocks' beans in process tests on an in-memory engine: the approval levels come from
 * the real {@code rules/approval-levels.drl.csv} (no ticket row to write the timeline to); a step's own timers are
 * due at fixed times after the step's timers were created; escalations are recorded in {@code steps}. The
 * integration tests cover the real beans.
 */
public final class JourneyStandIns {

    public static final Duration STEP_WARN = Duration.ofHours(6);
    public static final Duration STEP_DUE = Duration.ofHours(8);
    public static final Duration STEP_LEVEL_TWO = Duration.ofHours(16);

    private static final ApprovalLevels LEVELS = new ApprovalLevels(
            new DecisionTables(new RulesSettings(Path.of("rules"))));

    private JourneyStandIns() {
    }

    /** Stand-in for {@code stepDueDates}: fixed times after a step's timers were created. */
    public static final class FixedStepDueDates {

        private final Map<String, Instant> starts = new ConcurrentHashMap<>();

        public Date at(DelegateExecution execution, String moment) {
            Instant start = starts.computeIfAbsent(execution.getId(), id -> ClockUtil.now().toInstant());
            return Date.from(start.plus(switch (moment) {
                case "WARNING" -> STEP_WARN;
                case "BREACH" -> STEP_DUE;
                default -> STEP_LEVEL_TWO;
            }));
        }
    }

    public static void register(List<String> steps) {
        Mocks.register("approvalLevelsDelegate", (JavaDelegate) execution -> {
            Object asked = execution.getVariable("approvalLevel");
            Object peak = execution.getVariable("approvalPeakAmount");
            ApprovalLevels.Next next = LEVELS.next((String) execution.getVariable("approvalType"),
                    new BigDecimal(execution.getVariable("approvalAmount").toString()),
                    peak == null ? null : new BigDecimal(peak.toString()),
                    asked == null ? 0 : ((Number) asked).intValue());
            execution.setVariable("approvalPeakAmount", next.peak().longValue());
            execution.setVariable("approverGroup", next.approverGroup());
            execution.setVariable("approvalLevel", next.asked());
            execution.setVariable("approved", next.approved());
            steps.add(next.approved() ? "approved" : "ask:" + next.approverGroup());
        });
        Mocks.register("stepDueDates", new FixedStepDueDates());
        Mocks.register("escalateStepDelegate", (JavaDelegate) execution -> steps.add("escalate"));
    }
}
