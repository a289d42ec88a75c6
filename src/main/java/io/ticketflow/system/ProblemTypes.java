package io.ticketflow.system;

import java.net.URI;

/** The stable {@code type} of every problem the API answers with, so clients can branch on it. */
public final class ProblemTypes {

    public static final URI VALIDATION = type("validation");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI CONFLICT = type("conflict");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI UNAUTHORIZED = type("unauthorized");
    public static final URI BUSINESS_RULE = type("business-rule");
    public static final URI INTERNAL = type("internal");
    public static final URI TOO_LARGE = type("too-large");
    public static final URI TOO_MANY_REQUESTS = type("too-many-requests");
    public static final URI UNAVAILABLE = type("unavailable");

    private ProblemTypes() {
    }

    /** The type of a problem known only by its status (a framework's or a container's answer). */
    public static URI forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 413 -> TOO_LARGE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }

    private static URI type(String slug) {
        return URI.create("urn:ticketflow:problem:" + slug);
    }
}
