package dev.ballot.cli;

import dev.ballot.history.HistoryFormatException;
import dev.ballot.report.StoreReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ballot report}: writes a store directory's {@code report.html} (and {@code junit.xml},
 * if the run has results) again from its {@code history.jsonl}, {@code results.json} and
 * {@code campaign.json}, for a run whose report is missing or was made by an older version.
 * Exit code 0, or 2 for bad input (a missing directory or history, a malformed file).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report.html (and junit.xml) of campaign store directories again.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "STORE_DIR",
            description = "store directories: store/<workload>/<timestamp>")
    List<Path> dirs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (Path dir : dirs) {
            String error = write(dir, err);
            if (error == null) {
                out.println(dir.resolve(StoreReport.REPORT));
            } else {
                err.println("error: " + error);
                code = Ballot.BAD_INPUT;
            }
            out.flush();
            err.flush();
        }
        return code;
    }

    /** Writes one directory's reports; returns what went wrong, naming the file, or null. */
    private static String write(Path dir, PrintWriter err) {
        if (!Files.isDirectory(dir)) {
            return dir + ": not a directory";
        }
        try {
            StoreReport.write(dir, warning -> err.println("warning: " + warning));
            return null;
        } catch (NoSuchFileException e) {
            return e.getFile() + ": no such file" + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
        } catch (HistoryFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains(dir.toString()) ? message : dir + ": " + message;
        } catch (UncheckedIOException e) {
            return e.getMessage();
        }
    }
}
