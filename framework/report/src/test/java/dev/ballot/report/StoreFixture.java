package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.JsonLinesWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small campaign store directory as {@code ballot run} leaves it: a history with a partition, a
 * crash and a clock fault, a stale read (p1's read of 2 at event 3 is the counterexample), and its
 * {@code campaign.json} and {@code results.json}.
 */
final class StoreFixture {
    static final String INVALID_RESULTS = """
            {"verdict": "invalid", "valid": false, "exit_code": 1,
             "reasons": ["linearizable: p1 0 read -> 2 ok saw a value never written"],
             "seed": 42, "replay": "bin/ballot run --workload register --nemesis partition,crash --seed 42",
             "checkers": {"linearizable": {"valid": false, "counterexample": {
                 "explanation": "p1 0 read -> 2 ok saw a value never written",
                 "op": {"process": 1, "f": "read", "invoke_index": 3},
                 "concurrent": [{"process": 0, "f": "write", "invoke_index": 2}],
                 "text": "p1 0 read -> 2 ok saw a value never written\\n  cannot linearize: p1 0 read -> 2 ok [events 3..5]"}}},
             "counts": {}, "faults": {"planned": 3, "applied": 3, "errors": []},
             "liveness": {"recovered": true, "recovery_s": 0.25, "bound_s": 30.0, "unrecovered_keys": []},
             "unhealthy_nodes": [], "phases_s": {"health_end": 0.1, "final_reads_end": 12.5},
             "campaign": {"workload": "register", "nemesis": "crash,partition", "nodes": 3, "seed": 42},
             "history": "history.jsonl"}
            """;
    static final String CAMPAIGN = """
            {"workload": "register", "nemesis": "clock,crash,partition", "nodes": 3, "time_limit_s": 10.0,
             "concurrency": 3, "rate": 100.0, "seed": 42, "mutant": null,
             "replay": "bin/ballot run --workload register --nemesis partition,crash --seed 42"}
            """;

    private StoreFixture() {
    }

    static History history() {
        Events events = new Events().invoke(0, "write", 1, 10).ok(0, "write", 1, 20)
                .invoke(0, "write", 3, 30).invoke(1, "read", null, 40).ok(0, "write", 3, 50)
                .ok(1, "read", 2, 60)
                .fault("partition", Map.of("n1", List.of("n3"), "n2", List.of("n3"),
                        "n3", List.of("n1", "n2")), 1000, 1200)
                .fault("kill", List.of("n2"), 2000, 2100)
                .fault("heal", null, 4000, 4300)
                .fault("clock-offset", Map.of("node", "n1", "seconds", 10.0), 4500, 4600)
                .fault("restart", List.of("n2"), 6000, 7000)
                .fault("clock-reset", List.of("n1"), 8000, 8100);
        for (int i = 0; i < 300; i++) {
            int process = 2 + i % 3;
            double at = 100 + i * 40;
            events.invoke(process, i % 2 == 0 ? "read" : "write", i % 2 == 0 ? null : 100 + i, at);
            if (i % 17 == 0) {
                events.info(process, i % 2 == 0 ? "read" : "write", null, at + 1000);
            } else if (i % 11 == 0) {
                events.fail(process, i % 2 == 0 ? "read" : "write", null, at + 3 + i % 7);
            } else {
                events.ok(process, i % 2 == 0 ? "read" : "write", 100 + i, at + 2 + (i * 7) % 30);
            }
        }
        return events.history();
    }

    /** Writes the store directory's files into {@code dir}. */
    static Path write(Path dir) throws IOException {
        try (JsonLinesWriter writer = new JsonLinesWriter(dir.resolve("history.jsonl"))) {
            history().ops().forEach(writer::append);
        }
        Files.writeString(dir.resolve("results.json"), INVALID_RESULTS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("campaign.json"), CAMPAIGN, StandardCharsets.UTF_8);
        return dir;
    }
}
