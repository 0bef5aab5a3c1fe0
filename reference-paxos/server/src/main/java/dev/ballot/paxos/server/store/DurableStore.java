package dev.ballot.paxos.server.store;

import dev.ballot.paxos.server.codec.Codec;
import dev.ballot.paxos.server.codec.MalformedException;
import dev.ballot.paxos.server.codec.Stored;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The node's stable storage: the core's durable records in a {@link RecordLog} named
 * {@value #FILE} in the data directory. Records are appended in the order the core emitted them
 * and handed back in that order on recovery. Once the file has grown by {@code compactBytes}
 * since it was last rewritten, {@link #needsCompaction} says so and the owner rewrites it from
 * the replicas' checkpoint.
 */
public final class DurableStore implements Closeable {
    public static final String FILE = "paxos.log";

    private final RecordLog log;
    private final Codec codec;
    private final long compactBytes;
    private final List<Stored> recovered;
    private final boolean existed;
    private long sizeAfterRewrite;

    private DurableStore(RecordLog log, Codec codec, long compactBytes, List<Stored> recovered) {
        this.log = log;
        this.codec = codec;
        this.compactBytes = compactBytes;
        this.recovered = recovered;
        this.existed = !recovered.isEmpty();
        this.sizeAfterRewrite = log.size();
    }

    /**
     * Opens the store in {@code dataDir}, cutting off a torn tail. A record that passes its
     * checksum but does not decode is not a torn write but a file this version cannot read:
     * opening fails rather than guessing.
     */
    public static DurableStore open(Path dataDir, Codec codec, long compactBytes) throws IOException {
        RecordLog.Opened opened = RecordLog.open(dataDir.resolve(FILE));
        List<Stored> records = new ArrayList<>(opened.records().size());
        for (byte[] bytes : opened.records()) {
            try {
                records.add(codec.stored(bytes));
            } catch (MalformedException e) {
                opened.log().close();
                throw new IOException(dataDir.resolve(FILE) + ": record " + records.size()
                        + " is intact but unreadable: " + e.getMessage(), e);
            }
        }
        return new DurableStore(opened.log(), codec, compactBytes, records);
    }

    /** Every record found on opening, in order; empty for a new or wiped data directory. */
    public List<Stored> recovered() {
        return List.copyOf(recovered);
    }

    /** Whether the data directory held any record: false means a new node, or amnesia. */
    public boolean existed() {
        return existed;
    }

    /** Appends {@code records} with one write, whatever their number; durable after {@link #force}. */
    public void write(List<Stored> records) throws IOException {
        log.write(encode(records));
    }

    /** Forces every record written so far: one fsync, or none if they all are durable already. */
    public void force() throws IOException {
        log.force();
    }

    /** How many fsyncs {@link #force} made. */
    public long forces() {
        return log.forces();
    }

    /** Bytes in the log file. */
    public long size() {
        return log.size();
    }

    public boolean needsCompaction() {
        return log.size() - sizeAfterRewrite >= compactBytes;
    }

    /** Replaces the file by {@code checkpoint}, which must be equivalent to all records so far. */
    public void rewrite(List<Stored> checkpoint) throws IOException {
        log.rewrite(encode(checkpoint));
        sizeAfterRewrite = log.size();
    }

    private List<byte[]> encode(List<Stored> records) {
        List<byte[]> encoded = new ArrayList<>(records.size());
        records.forEach(record -> encoded.add(codec.encode(record)));
        return encoded;
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}
