package io.ticketflow.system;

/**
 * One file from an analysts' folder ({@code processes/} or {@code rules/}), named by a stable resource name
 * ({@code processes/ticket-lifecycle.bpmn}) whether it was read from the folder or from the jar.
 */
public record AnalystFile(String resourceName, String fileName, byte[] content) {
}
