package io.ticketflow.journey;

/** How many tickets wait at one element of a journey, and how many of them past their step's due time. */
public record StepCount(String elementId, long openSteps, long overdue) {
}
