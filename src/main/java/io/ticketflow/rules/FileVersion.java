package io.ticketflow.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of an analyst's file: the first 12 hex digits of its SHA-256, so a record of which file decided never
 * depends on a counter and the same content always has the same version.
 */
public final class FileVersion {

    private FileVersion() {
    }

    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
