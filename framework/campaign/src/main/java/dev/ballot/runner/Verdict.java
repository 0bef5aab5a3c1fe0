package dev.ballot.runner;

import java.util.Locale;

/** What a campaign concluded, and the exit code of {@code ballot run}. */
public enum Verdict {
    /** Every checker passed, and the run could have shown a violation. */
    VALID(0),
    /** A checker found a violation; it stands whatever else went wrong. */
    INVALID(1),
    /** The run could not be carried out as asked: a fault could not be applied or verified. */
    ERROR(2),
    /** Nothing found, but the run could not have shown much: see the reasons. */
    UNKNOWN(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
