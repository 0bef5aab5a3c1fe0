package dev.ballot.history;

import java.util.Locale;

/**
 * What an event in a history says about an operation, in Jepsen's vocabulary.
 *
 * <p>{@code INVOKE} starts an operation; the completion is {@code OK} (it happened), {@code FAIL}
 * (it certainly did not happen) or {@code INFO} (unknown: it may take effect at any later time, or
 * never).
 */
public enum OpType {
    INVOKE, OK, FAIL, INFO;

    /** The lower-case name used in JSON and EDN ({@code invoke}, {@code ok}, ...). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; returns null for an unknown one so that callers can report where. */
    public static OpType fromWireName(String name) {
        return switch (name) {
            case "invoke" -> INVOKE;
            case "ok" -> OK;
            case "fail" -> FAIL;
            case "info" -> INFO;
            default -> null;
        };
    }

    public boolean isCompletion() {
        return this != INVOKE;
    }
}
