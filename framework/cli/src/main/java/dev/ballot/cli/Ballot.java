package dev.ballot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ballot} command line: {@code check} a history, {@code run} a campaign in Docker,
 * {@code soak} (campaigns back to back), list the {@code systems} it can test, {@code report} a
 * stored run, {@code bench} the checker and the harness.
 */
@Command(name = "ballot", mixinStandardHelpOptions = true, version = "ballot 0.1.0",
        description = "Jepsen-style correctness testing for consensus implementations.",
        subcommands = {CheckCommand.class, RunCommand.class, SoakCommand.class, SystemsCommand.class,
            ReportCommand.class, BenchCommand.class})
public final class Ballot implements Runnable {

    /** Exit code for bad input or an error of the harness, as DESIGN.md says. */
    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new Ballot());
        // Usage errors (an unknown option, a missing model) are bad input too.
        line.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return BAD_INPUT;
        });
        System.exit(line.execute(args));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
