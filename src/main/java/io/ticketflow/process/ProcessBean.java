package io.ticketflow.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that BPMN expressions may name: a delegate or listener ({@code ${routeTicketDelegate}}) or a
 * bean whose own public methods a model may call ({@code ${slaDueDates.at(execution, 'RESOLUTION_BREACH')}}). The
 * process engine resolves no other bean, and the process contract refuses a model that names one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessBean {
}
