package dev.ballot.paxos.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path file() {
        return dir.resolve("paxos.log");
    }

    private List<String> reopen() throws IOException {
        RecordLog.Opened opened = RecordLog.open(file());
        opened.log().close();
        List<String> texts = new ArrayList<>();
        opened.records().forEach(record -> texts.add(new String(record, StandardCharsets.UTF_8)));
        return texts;
    }

    @Test
    void recordsComeBackInOrder() throws IOException {
        try (RecordLog log = RecordLog.open(file()).log()) {
            log.append(List.of(bytes("one"), bytes("")));
            log.append(List.of(bytes("three")));
        }
        assertEquals(List.of("one", "", "three"), reopen());
    }

    @Test
    void lazyWritesAreForcedWithTheNextForceInOneFsync() throws IOException {
        try (RecordLog log = RecordLog.open(file()).log()) {
            log.write(List.of(bytes("lazy")));
            assertEquals(0, log.forces());
            log.write(List.of(bytes("strict")));
            log.force();
            log.force();
            assertEquals(1, log.forces(), "one fsync covers both writes; nothing new, no fsync");
        }
        assertEquals(List.of("lazy", "strict"), reopen());
    }

    @Test
    void formatRoundTripsAndStopsAtTheFirstBadRecord() {
        ByteBuffer encoded = RecordFormat.encodeAll(List.of(bytes("a"), bytes("bc")));
        assertEquals(2 * RecordFormat.HEADER + 3, encoded.remaining());
        List<byte[]> decoded = new ArrayList<>();
        assertEquals(encoded.remaining(), RecordFormat.decodeAll(encoded.duplicate(), decoded));
        assertArrayEquals(bytes("bc"), decoded.get(1));

        encoded.put(encoded.limit() - 1, (byte) 'x');
        decoded.clear();
        assertEquals(RecordFormat.HEADER + 1, RecordFormat.decodeAll(encoded, decoded));
        assertEquals(1, decoded.size());
    }

    @Test
    void aRecordCutMidwayIsDiscardedAndTheFileTruncated() throws IOException {
        try (RecordLog log = RecordLog.open(file()).log()) {
            log.append(List.of(bytes("kept")));
            log.append(List.of(bytes("torn in the middle")));
        }
        long intact = RecordFormat.HEADER + 4;
        for (long cut = Files.size(file()) - 1; cut > intact; cut -= 5) {
            try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }
            RecordLog.Opened opened = RecordLog.open(file());
            opened.log().close();
            assertEquals(1, opened.records().size(), "cut at " + cut);
            assertEquals(cut - intact, opened.discardedBytes());
            assertEquals(intact, Files.size(file()));
            try (RecordLog log = RecordLog.open(file()).log()) {
                log.append(List.of(bytes("torn in the middle")));
            }
        }
    }

    @Test
    void aGarbageTailIsDiscardedAndAppendsContinueAfterTheIntactRecords() throws IOException {
        try (RecordLog log = RecordLog.open(file()).log()) {
            log.append(List.of(bytes("kept")));
        }
        Files.write(file(), new byte[] {0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, StandardOpenOption.APPEND);
        try (RecordLog log = RecordLog.open(file()).log()) {
            log.append(List.of(bytes("after")));
        }
        assertEquals(List.of("kept", "after"), reopen());
    }

    @Test
    void rewriteReplacesTheContentsAndAppendsFollowIt() throws IOException {
        try (RecordLog log = RecordLog.open(file()).log()) {
            log.append(List.of(bytes("a"), bytes("b"), bytes("c")));
            log.rewrite(List.of(bytes("abc")));
            log.append(List.of(bytes("d")));
        }
        assertEquals(List.of("abc", "d"), reopen());
        assertEquals(List.of(), Files.list(dir).filter(p -> p.toString().endsWith(".tmp")).toList());
    }
}
