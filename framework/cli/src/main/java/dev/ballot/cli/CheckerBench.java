package dev.ballot.cli;

import dev.ballot.checker.Budget;
import dev.ballot.checker.CheckResult;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.corpus.Corpus;
import dev.ballot.corpus.CorpusEntry;
import dev.ballot.history.History;
import dev.ballot.history.HistoryReader;
import dev.ballot.history.JsonLinesWriter;
import dev.ballot.model.Model;
import dev.ballot.synth.Anomaly;
import dev.ballot.synth.HistoryGenerator;
import dev.ballot.synth.Mix;
import dev.ballot.synth.SynthHistory;
import dev.ballot.synth.SynthOptions;
import dev.ballot.synth.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checker suites of {@code ballot bench}: the regression corpus ({@code corpus}) and large
 * synthetic histories, valid and with a planted violation ({@code synth}), checked in-process after
 * warm-up. Every measured check must reach its known verdict; {@link #allRight()} says whether all
 * did.
 */
final class CheckerBench {
    private final PrintWriter out;
    private final int warmup;
    private final int iterations;
    private final double timeLimit;
    private boolean mismatch;

    /** @param timeLimit seconds each check may take before it gives up (unknown) */
    CheckerBench(PrintWriter out, int warmup, int iterations, double timeLimit) {
        this.out = out;
        this.warmup = warmup;
        this.iterations = iterations;
        this.timeLimit = timeLimit;
    }

    boolean allRight() {
        return !mismatch;
    }

    /**
     * Runs the corpus suite (the Knossos and etcd folders, each as one case), the synth suite
     * (cas-register, kv and register histories of 10,000 to 1,000,000 operations), or both, as
     * one table.
     */
    void run(boolean corpus, boolean synth) {
        out.printf("%-58s %8s %10s %10s%n", "case", "result", "mean ms", "min ms");
        if (corpus) {
            for (String folder : List.of("knossos", "etcd")) {
                Path dir = Corpus.root().resolve(folder);
                if (Files.isDirectory(dir)) {
                    benchCorpus(folder, Corpus.load(dir));
                }
            }
        }
        if (synth) {
            benchSynth();
        }
    }

    private void benchCorpus(String name, List<CorpusEntry> entries) {
        List<History> histories = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (CorpusEntry entry : entries) {
            histories.add(HistoryReader.read(entry.file(), w -> { }));
            models.add(entry.newModel());
        }
        measure(name + " corpus: all " + entries.size() + " histories", () -> {
            boolean allRight = true;
            for (int i = 0; i < entries.size(); i++) {
                CheckResult result = check(models.get(i), histories.get(i), false);
                allRight &= result.verdict().equals(entries.get(i).expectedValid());
            }
            return allRight ? "as known" : "WRONG";
        }, "as known", iterations);
    }

    private void benchSynth() {
        SynthOptions cas = SynthOptions.defaults().with(o -> {
            o.operations = 10_000;
            o.processes = 10;
            o.info = 0.01;
            o.seed = 1;
        });
        SynthOptions kv = cas.with(o -> {
            o.workload = Workload.KV;
            o.keys = 100;
            o.operations = 100_000;
            o.seed = 2;
        });
        SynthOptions big = cas.with(o -> {
            o.workload = Workload.REGISTER;
            o.mix = Mix.readWrite(0.5, 0.5);
            o.operations = 1_000_000;
            o.processes = 32;
            o.seed = 3;
        });
        for (SynthOptions options : List.of(cas, kv)) {
            String size = options.workload().modelName() + " " + options.operations() + " ops";
            synth(size + ", unique values", options, Anomaly.NONE, false);
            synth(size + ", unique values, stale read", options, Anomaly.STALE_READ, false);
            synth(size + ", unique values, search only", options, Anomaly.NONE, true);
            synth(size + ", unique values, stale read, search only", options,
                    Anomaly.STALE_READ, true);
            synth(size + ", values 0..4", options.with(o -> o.valueRange = 5), Anomaly.NONE, false);
            synth(size + ", values 0..4, phantom read", options.with(o -> o.valueRange = 5),
                    Anomaly.PHANTOM_READ, false);
        }
        readFile("read JSON lines: register 1000000 ops", big);
        synth("register 1000000 ops, 32 processes", big, Anomaly.NONE, false);
        synth("register 1000000 ops, 32 processes, stale read", big, Anomaly.STALE_READ, false);
    }

    private void synth(String name, SynthOptions options, Anomaly anomaly, boolean searchOnly) {
        SynthHistory synth = HistoryGenerator.generate(options.with(o -> o.anomaly = anomaly));
        Object expected = synth.linearizable();
        int runs = options.operations() >= 1_000_000 ? 1 : iterations;
        measure(name, () -> check(synth.model(), synth.history(), searchOnly).verdict().toString(),
                expected.toString(), runs);
    }

    /** Reading a history file: what `ballot check` spends before checking. */
    private void readFile(String name, SynthOptions options) {
        try {
            Path file = Files.createTempFile("ballot-bench", ".jsonl");
            try {
                History history = HistoryGenerator.generate(options).history();
                JsonLinesWriter.write(file, history);
                String expected = String.valueOf(history.size());
                measure(name, () -> String.valueOf(HistoryReader.read(file, w -> { }).size()),
                        expected, 1);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CheckResult check(Model model, History history, boolean searchOnly) {
        Budget budget = Budget.of(timeLimit, 512L << 20);
        return (searchOnly ? LinearizabilityChecker.searchOnly(model, budget)
                : LinearizabilityChecker.of(model, budget)).check(history);
    }

    private void measure(String name, Supplier<String> run, String expected,
                         int runs) {
        String verdict = null;
        for (int i = 0; i < Math.min(warmup, runs == 1 ? 1 : warmup); i++) {
            verdict = run.get();
        }
        double total = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            verdict = run.get();
            double ms = (System.nanoTime() - start) / 1e6;
            total += ms;
            min = Math.min(min, ms);
        }
        boolean right = verdict.equals(expected);
        mismatch |= !right;
        out.printf("%-58s %8s %10.1f %10.1f%s%n", name, verdict, total / runs, min,
                right ? "" : "   expected " + expected);
        out.flush();
    }
}
