package dev.ballot.runner;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The thread that reads the {@link Recorder} once a second, from the start of the operations to
 * the end of the final reads, and tells a {@link ProgressListener} where the run stands. It only
 * reads what the recorder already keeps, so the run does not notice it.
 */
final class ProgressReporter implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(1);

    private final Recorder recorder;
    private final Duration timeLimit;
    private final ProgressListener listener;
    private final CountDownLatch stop = new CountDownLatch(1);
    private Thread thread;

    ProgressReporter(Recorder recorder, Duration timeLimit, ProgressListener listener) {
        this.recorder = recorder;
        this.timeLimit = timeLimit;
        this.listener = listener;
    }

    /** Starts reporting; {@code startNanos} is the run time at which the operations begin. */
    void start(long startNanos) {
        if (listener == ProgressListener.NONE) {
            return;
        }
        ProgressTracker tracker = new ProgressTracker(startNanos, timeLimit.toNanos());
        thread = new Thread(() -> report(tracker, recorder.size()), "progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void report(ProgressTracker tracker, int cursor) {
        try {
            while (!stop.await(PERIOD.toNanos(), TimeUnit.NANOSECONDS)) {
                var events = recorder.since(cursor);
                cursor += events.size();
                tracker.observe(events);
                listener.progress(tracker.snapshot(recorder.now()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A broken listener ends the reports, never the run.
        }
    }

    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        stop.countDown();
        try {
            thread.join();
        } catch (InterruptedException e) {
            // The run is being interrupted; it will notice. The last report does not matter.
            Thread.currentThread().interrupt();
        }
        listener.finished();
    }
}
