package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer keeps its promise to a harness that may be killed at any moment. */
class JsonLinesWriterTest {
    @TempDir
    Path dir;

    @Test
    void anEventIsOnDiskWithin100msWithoutClosing() throws Exception {
        Path file = dir.resolve("history.jsonl");
        try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
            writer.append(Op.of(0, OpType.INVOKE, 0, "write", 1L));

            Thread.sleep(150);

            History seen = HistoryReader.read(file, w -> { });
            assertEquals(List.of(Op.of(0, OpType.INVOKE, 0, "write", 1L)), seen.ops());
        }
    }

    @Test
    void concurrentAppendsWriteWholeLines() throws Exception {
        Path file = dir.resolve("history.jsonl");
        int threads = 4;
        int each = 2_000;
        try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int process = t;
                pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        writer.append(Op.of(i, i % 2 == 0 ? OpType.INVOKE : OpType.OK, process,
                                "write", (long) i));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        List<String> warnings = new ArrayList<>();
        History history = HistoryReader.read(file, warnings::add);

        assertEquals(threads * each, history.size());
        assertEquals(threads * each / 2, history.operations().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void appendAfterCloseIsRefused() throws IOException {
        Path file = dir.resolve("history.jsonl");
        JsonLinesWriter writer = new JsonLinesWriter(file);
        writer.close();
        writer.close();

        assertThrows(IllegalStateException.class,
                () -> writer.append(Op.of(0, OpType.INVOKE, 0, "read", null)));
        assertEquals(0, Files.size(file));
    }
}
