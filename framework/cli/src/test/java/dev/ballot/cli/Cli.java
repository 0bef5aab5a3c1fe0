package dev.ballot.cli;

import dev.ballot.corpus.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process for tests, keeping what it printed on stdout and stderr. */
final class Cli {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code ballot ARGS...}; returns the exit code. */
    int run(String... args) {
        CommandLine line = new CommandLine(new Ballot());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    /** Everything printed on stdout so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed on stderr so far. */
    String err() {
        return err.toString();
    }

    /** A Knossos cas-register history of the corpus, by its path under its folder. */
    static String knossos(String path) {
        return Corpus.root().resolve("knossos/data/cas-register/" + path).toString();
    }
}
