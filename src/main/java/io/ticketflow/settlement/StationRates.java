package io.ticketflow.settlement;

/** A station's accepted jobs in a period, how many needed a return visit, and how many lost parts. */
public record StationRates(String station, int jobs, int returnVisits, int partsLost) {
}
