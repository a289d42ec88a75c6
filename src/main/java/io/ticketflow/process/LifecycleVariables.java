package io.ticketflow.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the lifecycle's variables, shared by its delegates and listeners. */
public final class LifecycleVariables {

    private LifecycleVariables() {
    }

    public static long ticketId(VariableScope scope) {
        Object value = scope.getVariable(JourneyNames.VAR_TICKET_ID);
        if (!(value instanceof Number number)) {
            // Someone started a journey by hand (engine REST API): their mistake, answered with 400.
            throw new BadUserRequestException("Process variable " + JourneyNames.VAR_TICKET_ID
                    + " is missing; tickets are created through POST /api/tickets");
        }
        return number.longValue();
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
