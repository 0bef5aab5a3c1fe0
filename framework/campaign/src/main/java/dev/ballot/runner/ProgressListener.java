package dev.ballot.runner;

/**
 * Hears where a run stands about once a second while its operations flow (see
 * {@link ProgressPrinter}). Called on a thread of its own; a slow listener delays only the next
 * report, never the run.
 */
public interface ProgressListener {
    /** Hears nothing: the default of a {@link Runner}. */
    ProgressListener NONE = progress -> { };

    void progress(Progress progress);

    /** The operations are over; no more reports follow. */
    default void finished() {
    }
}
