package dev.ballot.history;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The killed-writer rule, shared by both formats. A writer killed in the middle of an event leaves
 * a last line without its newline that does not parse; that event never completed on disk, so
 * the reader drops it, says so, and keeps the rest. Damage anywhere else is an error: it is not
 * what a killed writer leaves.
 */
final class CutOffLine {
    private static final Logger LOG = LoggerFactory.getLogger(CutOffLine.class);

    private CutOffLine() {
    }

    /** Reports the dropped event to the caller's sink and to the log. */
    static void dropped(Consumer<String> warnings, HistoryFormatException cause) {
        String warning = cause.file() + ":" + cause.line()
                + ": dropped the last line, which is cut off without a newline and does not parse"
                + " (a killed writer leaves this): " + cause.problem();
        LOG.warn(warning);
        warnings.accept(warning);
    }
}
