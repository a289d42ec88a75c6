package io.ticketflow.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.ticketflow.process.JourneyNames;
import io.ticketflow.routing.RoutingDecision;
import io.ticketflow.routing.RoutingFacts;
import io.ticketflow.routing.TicketRouter;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Stand-ins for the lifecycle's beans in process tests on an in-memory engine: routing asks the real routing tables
 * (dispatch picks whoever the test names in {@code dispatchTo}); the SLA clocks start with fixed targets; the
 * ticket-row steps record what the process asked for in {@code steps}. The integration tests cover the real beans.
 */
public final class LifecycleStandIns {

    public static final Duration FR_WARN = Duration.ofMinutes(90);
    public static final Duration FR_DUE = Duration.ofHours(2);
    public static final Duration FR_LEVEL_TWO = Duration.ofHours(4);
    public static final Duration RES_WARN = Duration.ofHours(18);
    public static final Duration RES_DUE = Duration.ofHours(24);
    public static final Duration RES_LEVEL_TWO = Duration.ofHours(28);

    /** Where the stand-in SLA clocks keep their start (the real ones store a schedule per ticket). */
    private static final String SLA_STARTED_AT = "standInSlaStartedAt";

    private LifecycleStandIns() {
    }

    /** Stand-in for {@code slaDueDates}: the fixed targets above, counted from when the clocks started. */
    public static final class FixedSlaDueDates {

        private static final Map<String, Duration> AFTER_START = Map.of(
                "FIRST_RESPONSE_WARNING", FR_WARN, "FIRST_RESPONSE_BREACH", FR_DUE,
                "FIRST_RESPONSE_LEVEL_TWO", FR_LEVEL_TWO, "RESOLUTION_WARNING", RES_WARN,
                "RESOLUTION_BREACH", RES_DUE, "RESOLUTION_LEVEL_TWO", RES_LEVEL_TWO);

        public Date at(DelegateExecution execution, String timer) {
            Date started = (Date) execution.getVariable(SLA_STARTED_AT);
            return Date.from(started.toInstant().plus(AFTER_START.get(timer)));
        }
    }

    /** Compiled once for every process test: routing by the real tables of {@code rules/}. */
    private static final class RealRouting {
        static final TicketRouter ROUTER = new TicketRouter(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    /** The stand-ins, routed by the real tables of {@code rules/}. */
    public static void register(List<String> steps) {
        register(RealRouting.ROUTER, steps);
    }

    public static void register(TicketRouter router, List<String> steps) {
        Mocks.register("routeTicketDelegate", (JavaDelegate) execution -> {
            RoutingDecision decision = router.route(new RoutingFacts((String) execution.getVariable("category"),
                    (String) execution.getVariable("channel"), null, (String) execution.getVariable("tier"), 0,
                    (String) execution.getVariable("region")));
            execution.setVariable(JourneyNames.VAR_ASSIGNED_GROUP, decision.team());
            execution.setVariable(JourneyNames.VAR_DISPATCHED_TO, execution.getVariable("dispatchTo"));
            execution.setVariable(JourneyNames.VAR_TASK_PRIORITY, decision.priority().taskPriority());
            steps.add("route");
        });
        Mocks.register("startSlaClocksDelegate", (JavaDelegate) execution -> {
            execution.setVariable(SLA_STARTED_AT, ClockUtil.now());
            steps.add("start-sla");
        });
        Mocks.register(JourneyNames.BEAN_SLA_DUE_DATES, new FixedSlaDueDates());
        Mocks.register("escalateSlaDelegate", (JavaDelegate) execution -> steps.add("sla:"
                + execution.getVariableLocal(JourneyNames.VAR_SLA_TARGET) + ":"
                + execution.getVariableLocal(JourneyNames.VAR_ESCALATION_LEVEL)));
        Mocks.register("markTicketResolvedDelegate", (JavaDelegate) execution -> steps.add("resolve:"
                + execution.getVariable(JourneyNames.VAR_RESOLVED_BY)));
        Mocks.register("reopenTicketDelegate", (JavaDelegate) execution -> {
            execution.setVariable(JourneyNames.VAR_DISPATCHED_TO, null);
            steps.add("reopen");
        });
        Mocks.register("closeTicketDelegate", (JavaDelegate) execution -> steps.add("close"));
        Mocks.register("autoCloseTicketDelegate", (JavaDelegate) execution -> steps.add("auto-close"));
        Mocks.register("settleServiceDelegate", (JavaDelegate) execution -> steps.add("settle"));
    }

    /** Starts a ticket's lifecycle; {@code dispatchTo} is the person dispatch picks (null: the team's queue). */
    public static ProcessInstance startTicket(String category, String channel, String tier, String region,
            String dispatchTo) {
        return runtimeService().startProcessInstanceByKey(LifecycleElements.PROCESS_KEY, "TF-TEST",
                Variables.createVariables()
                        .putValue(JourneyNames.VAR_TICKET_ID, 1L)
                        .putValue(JourneyNames.VAR_AUTO_CLOSE_AFTER, "P7D")
                        .putValue("category", category).putValue("channel", channel)
                        .putValue("tier", tier).putValue("region", region).putValue("dispatchTo", dispatchTo));
    }
}
