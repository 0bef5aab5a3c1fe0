package dev.ballot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballot.checker.AgreementChecker;
import dev.ballot.checker.Budget;
import dev.ballot.checker.CheckResult;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.checker.ResultsJson;
import dev.ballot.checker.UncheckableHistoryException;
import dev.ballot.history.History;
import dev.ballot.history.HistoryFormatException;
import dev.ballot.history.HistoryReader;
import dev.ballot.history.Values;
import dev.ballot.model.Model;
import dev.ballot.model.Models;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ballot check}: checks history files and prints one JSON object per file on stdout (the
 * counterexample of an invalid history also as text on stderr). Exit code: 0 valid, 1 invalid,
 * 3 unknown, 2 bad input; over several files the worst, bad input first.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check histories (JSON lines or Jepsen EDN) for linearizability.")
final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final long DEFAULT_MEMORY_MB = 512;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true,
            description = "register, cas-register, write-once, kv or multi-register")
    String model;

    @Option(names = "--initial", description = "the model's initial value as JSON (default null)")
    String initial;

    @Option(names = "--nil-reads-match-any",
            description = "a read that returned nil matches any state (Knossos' convention)")
    boolean nilReadsMatchAny;

    @Option(names = "--time-limit", paramLabel = "S",
            description = "give up after S seconds per file: valid is \"unknown\" (default none)")
    double timeLimit;

    @Option(names = "--memory-limit", paramLabel = "MB", defaultValue = "" + DEFAULT_MEMORY_MB,
            description = "memory the search may use per file, in MiB (default 512)")
    long memoryLimit;

    @Option(names = "--report", paramLabel = "OUT.html",
            description = "also draw the history and its verdict as a self-contained HTML page "
                    + "(one FILE only)")
    Path report;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "history files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Model chosen;
        try {
            Object start = initial == null ? null : Values.normalize(MAPPER.readValue(initial, Object.class));
            chosen = Models.byName(model, start, nilReadsMatchAny);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
            err.println("bad option: " + e.getMessage());
            return Ballot.BAD_INPUT;
        }
        if (report != null && files.size() != 1) {
            err.println("bad option: --report draws one history, but " + files.size() + " files were given");
            return Ballot.BAD_INPUT;
        }
        List<Integer> codes = new ArrayList<>();
        for (Path file : files) {
            ObjectNode json = MAPPER.createObjectNode();
            json.put("file", file.toString());
            json.put("model", model);
            codes.add(checkFile(file, chosen, json, err));
            out.println(MAPPER.writeValueAsString(json));
            out.flush();
        }
        return worst(codes);
    }

    private int checkFile(Path file, Model chosen, ObjectNode json, PrintWriter err) {
        List<String> warnings = new ArrayList<>();
        long start = System.nanoTime();
        try {
            History history = HistoryReader.read(file, warnings::add);
            warnings.forEach(w -> err.println("warning: " + w));
            json.put("ops", history.operations().size());
            json.put("events", history.size());
            Map<String, CheckResult> results = check(chosen, history);
            CheckResult overall = CheckResult.worst("valid", new ArrayList<>(results.values()));
            json.set("valid", MAPPER.valueToTree(overall.verdict()));
            ObjectNode byName = json.putObject("results");
            for (Map.Entry<String, CheckResult> result : results.entrySet()) {
                byName.set(result.getKey(), ResultsJson.result(result.getValue()));
                if (result.getValue() instanceof CheckResult.Invalid invalid) {
                    err.println(file + ": not " + result.getKey() + ": "
                            + invalid.counterexample().toText());
                }
            }
            if (overall instanceof CheckResult.Unknown unknown) {
                json.put("reason", unknown.reason());
            }
            if (report != null) {
                CheckReport.write(report, file, history, results, this);
                json.put("report", report.toString());
            }
            json.put("elapsed_ms", (System.nanoTime() - start) / 1_000_000);
            if (!warnings.isEmpty()) {
                json.set("warnings", MAPPER.valueToTree(warnings));
            }
            return overall.exitCode();
        } catch (HistoryFormatException e) {
            return badInput(json, err, e.getMessage());
        } catch (UncheckableHistoryException e) {
            return badInput(json, err, file + ": " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            return badInput(json, err, e.getMessage());
        } catch (java.io.IOException e) {
            return badInput(json, err, "cannot write the report " + report + ": " + e);
        }
    }

    private Map<String, CheckResult> check(Model chosen, History history) {
        Budget budget = Budget.of(timeLimit, memoryLimit << 20);
        Map<String, CheckResult> results = new LinkedHashMap<>();
        if (chosen.name().equals("write-once")) {
            results.putAll(AgreementChecker.check(history));
        }
        results.put(LinearizabilityChecker.NAME, LinearizabilityChecker.of(chosen, budget).check(history));
        return results;
    }

    private static int badInput(ObjectNode json, PrintWriter err, String message) {
        err.println("error: " + message);
        json.put("valid", "unknown");
        json.put("error", message);
        return Ballot.BAD_INPUT;
    }

    /** Bad input first, then invalid, unknown, valid. */
    private static int worst(List<Integer> codes) {
        for (int code : new int[] {Ballot.BAD_INPUT, 1, 3}) {
            if (codes.contains(code)) {
                return code;
            }
        }
        return 0;
    }
}
