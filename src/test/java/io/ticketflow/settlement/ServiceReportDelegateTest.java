package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.ticketflow.journey.ApprovalLevels;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.system.InvalidFieldException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * Parts are paid a margin, so the work report's parts cost is held to the repair quote the approval block approved
 * — or, without an approved quote, to what a quote may cost without approval (the real approval levels table).
 */
class ServiceReportDelegateTest {

    private static final ApprovalLevels LEVELS = new ApprovalLevels(
            new DecisionTables(new RulesSettings(Path.of("rules"))));

    private final ServiceReports reports = mock(ServiceReports.class);
    private final ServiceReportDelegate delegate = new ServiceReportDelegate(reports, LEVELS,
            mock(IdentityService.class));

    @Test
    void partsUpToTheApprovedQuoteAreKept() {
        delegate.execute(report(60_000L, Map.of("repairQuote", 60_000L, "quoteApproved", true)));

        verify(reports).record(eq(7L), any(), any());
    }

    @Test
    void partsAboveTheApprovedQuoteAreRefusedNamingTheField() {
        assertThatThrownBy(() -> delegate.execute(report(60_001L, Map.of("repairQuote", 60_000L,
                "quoteApproved", true))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage())
                        .contains("approved repair quote (60000)"));
        verify(reports, never()).record(anyLong(), any(), any());
    }

    @Test
    void withoutAnApprovedQuotePartsMayCostWhatNeedsNoApproval() {
        delegate.execute(report(50_000L, Map.of()));
        verify(reports).record(eq(7L), any(), any());

        assertThatThrownBy(() -> delegate.execute(report(50_001L, Map.of())))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("need an approved repair quote");
        assertThatThrownBy(() -> delegate.execute(report(80_000L, Map.of("repairQuote", 90_000L,
                "quoteApproved", false)))).as("a withdrawn quote approves nothing")
                .isInstanceOf(InvalidFieldException.class);
    }

    private static DelegateExecution report(long partsCost, Map<String, Object> quote) {
        Map<String, Object> variables = new HashMap<>(quote);
        variables.put("ticketId", 7L);
        variables.put("serviceType", "REPAIR");
        variables.put("complexity", "STANDARD");
        variables.put("city", "Shanghai");
        variables.put("partsCost", partsCost);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(any())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.hasVariable(any())).thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
        return execution;
    }
}
