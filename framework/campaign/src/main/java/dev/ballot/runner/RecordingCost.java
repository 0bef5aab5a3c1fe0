package dev.ballot.runner;

import dev.ballot.history.JsonLinesWriter;
import dev.ballot.history.OpType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * What recording alone costs, for {@code ballot bench}: a run's {@link Recorder} over a run's
 * history writer (buffered, forced to the disk every 50 ms), fed invocations and completions by
 * several threads at once, as client processes do, with no client, generator or checker around.
 */
public final class RecordingCost {
    private RecordingCost() {
    }

    /**
     * Records {@code operations} operations (an invoke and an ok each) into {@code file}, spread
     * over {@code threads} threads, and returns the wall time per operation in nanoseconds. Closing
     * the file at the end is not counted.
     */
    public static double nanosPerOperation(Path file, int threads, int operations)
            throws IOException, InterruptedException {
        int each = Math.max(1, operations / threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        try (Recorder recorder = new Recorder(new JsonLinesWriter(file), System::nanoTime)) {
            for (int t = 0; t < threads; t++) {
                int process = t;
                Thread worker = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (long i = 0; i < each; i++) {
                        Long key = i % 5;
                        recorder.record(OpType.INVOKE, process, "write", i, key, "n1", null);
                        recorder.record(OpType.OK, process, "write", i, key, "n1", null);
                    }
                }, "recorder-" + t);
                workers.add(worker);
                worker.start();
            }
            long start = System.nanoTime();
            go.countDown();
            for (Thread worker : workers) {
                worker.join();
            }
            return (System.nanoTime() - start) / (double) (each * threads);
        }
    }
}
