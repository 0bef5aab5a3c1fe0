package dev.ballot.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes a history as JSON lines while the run goes on. {@link #append} is thread-safe and cheap
 * (a buffered write); a daemon thread flushes the buffer and forces it to the disk every
 * {@value #FORCE_PERIOD_MS} ms, and {@link #close} does so a last time. So if the harness is
 * killed, every event appended more than 100 ms earlier is on the disk, and at worst the last line
 * is cut off, which the readers drop with a warning.
 *
 * <p>Fields are written in the order index, type, process, f, value, then key, time, node and
 * error when present ({@code time} is left out when it is {@link Op#NO_TIME}).
 */
public final class JsonLinesWriter implements AutoCloseable {
    /** Half the promised 100 ms, so that a force that runs late still keeps the promise. */
    static final long FORCE_PERIOD_MS = 50;
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final FileChannel channel;
    private final JsonGenerator out;
    private final ScheduledExecutorService forcer;
    private boolean dirty;
    private boolean closed;
    private IOException failure;

    /** Creates the file, or truncates it, and starts the periodic force. */
    public JsonLinesWriter(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.out = JSON.createGenerator(
                new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        // Each event ends with its own newline instead of Jackson's space between root values.
        out.setRootValueSeparator(null);
        this.forcer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "history-force " + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        forcer.scheduleAtFixedRate(this::forceQuietly, FORCE_PERIOD_MS, FORCE_PERIOD_MS,
                TimeUnit.MILLISECONDS);
    }

    /** Writes a whole history to a file, replacing it. */
    public static void write(Path file, History history) throws IOException {
        try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
            for (Op op : history.ops()) {
                writer.append(op);
            }
        }
    }

    /**
     * Appends one event as it is (its own index included).
     *
     * @throws UncheckedIOException if writing, or an earlier periodic force, failed
     * @throws IllegalStateException if the writer is closed
     */
    public synchronized void append(Op op) {
        if (closed) {
            throw new IllegalStateException(file + " is closed");
        }
        try {
            rethrowFailure();
            writeEvent(op);
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private void writeEvent(Op op) throws IOException {
        out.writeStartObject();
        out.writeNumberField("index", op.index());
        out.writeStringField("type", op.type().wireName());
        if (op.isNemesis()) {
            out.writeStringField("process", "nemesis");
        } else {
            out.writeNumberField("process", op.process());
        }
        out.writeStringField("f", op.f());
        out.writeFieldName("value");
        JsonValues.write(out, op.value());
        if (op.key() != null) {
            out.writeFieldName("key");
            JsonValues.write(out, op.key());
        }
        if (op.time() != Op.NO_TIME) {
            out.writeNumberField("time", op.time());
        }
        if (op.node() != null) {
            out.writeStringField("node", op.node());
        }
        if (op.error() != null) {
            out.writeStringField("error", op.error());
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Flushes, forces to the disk and closes the file. */
    @Override
    public void close() throws IOException {
        // Not shutdownNow: interrupting a thread inside FileChannel.force closes the channel.
        forcer.shutdown();
        try {
            forcer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try (channel; out) {
                rethrowFailure();
                out.flush();
                channel.force(false);
            }
        }
    }

    private void forceQuietly() {
        try {
            synchronized (this) {
                if (closed || !dirty) {
                    return;
                }
                out.flush();
                dirty = false;
            }
            // Outside the lock: appenders keep going while the disk catches up.
            channel.force(false);
        } catch (IOException e) {
            synchronized (this) {
                failure = e;
            }
        }
    }

    private void rethrowFailure() throws IOException {
        if (failure != null) {
            throw new IOException("an earlier flush of " + file + " failed", failure);
        }
    }
}
