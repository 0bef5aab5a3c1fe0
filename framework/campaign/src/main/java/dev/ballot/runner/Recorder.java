package dev.ballot.runner;

import dev.ballot.history.JsonLinesWriter;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The history as it happens: each event gets the next index and the time since the start of the
 * run, is appended to {@code history.jsonl} at once (so a killed harness loses nothing already
 * completed) and kept for the checkers. Events recorded after {@link #close} (a client that was
 * abandoned while stuck, finishing late) are dropped: the history says that operation never
 * completed, which the checkers read as info.
 */
final class Recorder implements AutoCloseable {
    private final JsonLinesWriter writer;
    private final LongSupplier nanoTime;
    private final long start;
    private final List<Op> ops = new ArrayList<>();
    private boolean closed;

    Recorder(JsonLinesWriter writer, LongSupplier nanoTime) {
        this.writer = writer;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** Nanoseconds since the start of the run. */
    long now() {
        return nanoTime.getAsLong() - start;
    }

    synchronized void record(OpType type, int process, String f, Object value, Object key,
                             String node, String error) {
        if (closed) {
            return;
        }
        Op op = new Op(ops.size(), type, process, f, value, key, now(), node, error);
        writer.append(op);
        ops.add(op);
    }

    /** The events from position {@code from} on, for watching the run as it goes. */
    synchronized List<Op> since(int from) {
        return List.copyOf(ops.subList(Math.min(from, ops.size()), ops.size()));
    }

    /** How many events were recorded so far. */
    synchronized int size() {
        return ops.size();
    }

    /** The whole history so far. */
    synchronized List<Op> ops() {
        return List.copyOf(ops);
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        writer.close();
    }
}
