package dev.ballot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballot bench}: measures the checker in-process, after warm-up, on the regression corpus
 * and on large synthetic histories ({@link CheckerBench}), and, on request, what the harness adds
 * per operation in a real campaign against an in-process cluster ({@link HarnessBench}), and what
 * the HTTP/JSON client path costs per operation ({@link ClientBench}). Every measured check must
 * reach its known verdict, every campaign must be valid and every reply right, or the command
 * fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the linearizability checker, the campaign harness, or the client.")
final class BenchCommand implements Callable<Integer> {
    private static final List<String> SUITES = List.of("corpus", "synth", "harness", "client");

    @Spec
    CommandSpec spec;

    @Option(names = "--suite", split = ",", defaultValue = "corpus,synth",
            description = "corpus, synth, harness, client, or a comma list (default corpus,synth)")
    List<String> suites;

    @Option(names = "--warmup", defaultValue = "3",
            description = "warm-up runs per checker case; the harness and client suites warm up"
                    + " unless this is 0")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", description = "measured runs per case")
    int iterations;

    @Option(names = "--time-limit", defaultValue = "120", paramLabel = "S",
            description = "time limit per check (default 120 s)")
    double timeLimit;

    @Option(names = "--duration", defaultValue = "5", paramLabel = "S",
            description = "harness, client: seconds of operations per concurrency level (default 5)")
    double duration;

    @Option(names = "--concurrency", split = ",", defaultValue = "1,10,32", paramLabel = "C",
            description = "harness, client: the concurrency levels (default 1,10,32)")
    List<Integer> concurrency;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> unknown = suites.stream().filter(s -> !SUITES.contains(s)).toList();
        if (!unknown.isEmpty()) {
            spec.commandLine().getErr().println("unknown suite " + unknown + "; the suites are "
                    + String.join(", ", SUITES));
            return Ballot.BAD_INPUT;
        }
        boolean allRight = true;
        if (suites.contains("corpus") || suites.contains("synth")) {
            CheckerBench checker = new CheckerBench(out, warmup, iterations, timeLimit);
            checker.run(suites.contains("corpus"), suites.contains("synth"));
            allRight = checker.allRight();
        }
        if (suites.contains("harness")) {
            allRight &= new HarnessBench(out, Duration.ofMillis(Math.round(duration * 1000)),
                    concurrency, warmup > 0).run();
        }
        if (suites.contains("client")) {
            allRight &= new ClientBench(out, Duration.ofMillis(Math.round(duration * 1000)),
                    concurrency, warmup > 0).run();
        }
        out.flush();
        return allRight ? 0 : 1;
    }
}
