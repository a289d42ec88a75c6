package io.ticketflow.process;

/**
 * One thing in a deployed file that the process contract refuses.
 *
 * @param resource the file's name in the deployment
 * @param element the id of the BPMN element it is in (or the nearest one that has an id), null for the whole file
 * @param reason what is wrong and what to do instead
 */
public record ContractViolation(String resource, String element, String reason) {

    @Override
    public String toString() {
        return resource + (element != null ? " " + element : "") + ": " + reason;
    }
}
