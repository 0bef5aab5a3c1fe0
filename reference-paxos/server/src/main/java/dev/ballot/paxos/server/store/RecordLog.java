package dev.ballot.paxos.server.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of opaque records, each framed as {@link RecordFormat} describes.
 * {@link #write} appends without forcing; {@link #force} makes everything written so far durable
 * (fdatasync), so a caller that sends only afterwards never announces anything a crash could take
 * back; {@link #append} does both. Because the file only grows, forcing it covers every earlier
 * write too: a record written lazily is durable once any later record is forced. {@link #rewrite}
 * replaces the whole file atomically: new file, fsync, rename over the old, fsync the directory.
 *
 * <p>Not thread-safe: one thread (the event loop) owns it.
 */
public final class RecordLog implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLog.class);

    private final Path file;
    private FileChannel channel;
    private long size;
    private boolean dirty;
    private long forces;

    /** The log and what it held when opened. */
    public record Opened(RecordLog log, List<byte[]> records, long discardedBytes) {
    }

    private RecordLog(Path file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    /**
     * Opens (or creates) {@code file} and reads every intact record. A torn or corrupt tail (what
     * a crash in the middle of an append leaves) is cut off at the first record that does not
     * check out, and logged; it never makes opening fail.
     */
    public static Opened open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (created) {
            syncDirectory(file);
        }
        long length = channel.size();
        ByteBuffer contents = ByteBuffer.allocate(Math.toIntExact(length));
        while (contents.hasRemaining() && channel.read(contents, contents.position()) >= 0) {
            // read until full: a FileChannel read may return fewer bytes than asked
        }
        contents.flip();
        List<byte[]> records = new ArrayList<>();
        long intact = RecordFormat.decodeAll(contents, records);
        if (intact < length) {
            LOG.warn("{}: discarding {} bytes of torn or corrupt tail after {} intact records",
                    file, length - intact, records.size());
            channel.truncate(intact);
            channel.force(true);
        }
        channel.position(intact);
        return new Opened(new RecordLog(file, channel, intact), records, length - intact);
    }

    /** Appends {@code records} with one write and one force; durable once this returns. */
    public void append(List<byte[]> records) throws IOException {
        write(records);
        force();
    }

    /** Appends {@code records} with one write, not forced: a crash of the machine may lose them. */
    public void write(List<byte[]> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        ByteBuffer buffer = RecordFormat.encodeAll(records);
        size += buffer.remaining();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        dirty = true;
    }

    /** Forces every record written so far to disk; nothing to do if all of them are. */
    public void force() throws IOException {
        if (dirty) {
            channel.force(false);
            dirty = false;
            forces++;
        }
    }

    /** How many times {@link #force} had to sync the file. */
    public long forces() {
        return forces;
    }

    /** Replaces the file's contents by {@code records}, atomically with respect to crashes. */
    public void rewrite(List<byte[]> records) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        ByteBuffer buffer = RecordFormat.encodeAll(records);
        long length = buffer.remaining();
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        channel.close();
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file);
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.position(length);
        size = length;
        dirty = false;
    }

    /** Bytes in the file. */
    public long size() {
        return size;
    }

    /** Makes a create or rename in the file's directory durable (Linux: fsync on the directory). */
    private static void syncDirectory(Path file) throws IOException {
        try (FileChannel directory = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
