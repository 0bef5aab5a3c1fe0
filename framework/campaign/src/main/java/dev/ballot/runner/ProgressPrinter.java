package dev.ballot.runner;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Prints the progress line. On a terminal the line is rewritten in place ({@code \r}) at every
 * report; elsewhere (a CI log, a file) a plain line is printed every {@code every} of run time,
 * so the log shows the run moving without a line a second.
 */
public final class ProgressPrinter implements ProgressListener {
    /** How often a plain line is printed when the output is not a terminal. */
    public static final Duration PLAIN_EVERY = Duration.ofSeconds(5);

    private final PrintWriter out;
    private final boolean terminal;
    private final long everyNanos;
    private long lastPrinted = Long.MIN_VALUE;
    private int width;

    public ProgressPrinter(PrintWriter out, boolean terminal, Duration every) {
        this.out = out;
        this.terminal = terminal;
        this.everyNanos = every.toNanos();
    }

    @Override
    public synchronized void progress(Progress progress) {
        String line = progress.line();
        if (terminal) {
            // Spaces wipe what a longer previous line left behind; no escape codes needed.
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else if (lastPrinted == Long.MIN_VALUE
                || progress.elapsedNanos() - lastPrinted >= everyNanos) {
            out.println(line);
            lastPrinted = progress.elapsedNanos();
        }
        out.flush();
    }

    @Override
    public synchronized void finished() {
        if (terminal && width > 0) {
            out.println();
            out.flush();
        }
    }
}
