package io.ticketflow.ticket;

/** The customer's answer to a resolution: accepted or not, an optional 1–5 rating and comment. */
public record ResolutionConfirmation(boolean accepted, Integer rating, String comment) {

    /** The timeline's wording, e.g. "customer rejected the resolution, rating 2/5: still broken". */
    String describe() {
        StringBuilder text = new StringBuilder(accepted ? "customer accepted the resolution"
                : "customer rejected the resolution");
        if (rating != null) {
            text.append(", rating ").append(rating).append("/5");
        }
        if (comment != null && !comment.isBlank()) {
            text.append(": ").append(comment.strip());
        }
        return text.toString();
    }
}
