package dev.ballot.cli;

import dev.ballot.docker.DockerCampaign;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.ProgressPrinter;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ballot run}: one fault-injection campaign in Docker against the system {@code --system}
 * names (an installed one, see {@code ballot systems}, or an adapter file; by default the
 * reference Paxos cluster), which is checked to support the workload, the size and the variant
 * before anything starts. Writes {@code store/<workload>/<timestamp>/} (history.jsonl as the run
 * goes, results.json, campaign.json, the nodes' logs under {@code nodes/}), shows its progress on
 * stderr, prints the verdict with the seed and the command that replays it, and exits 0 valid,
 * 1 invalid, 2 error, 3 unknown.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a fault-injection campaign against a cluster in Docker.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CampaignOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        // Checked before the relaunch, so that a mistake costs no second JVM.
        Campaign campaign;
        SystemUnderTest system;
        try {
            campaign = options.campaign();
            system = CampaignOptions.system(campaign);
        } catch (IllegalArgumentException e) {
            err.println("ballot run: " + e.getMessage());
            return Ballot.BAD_INPUT;
        }
        Integer relaunched = TestcontainersEnvironment.relaunchIfMissing(
                spec.root().commandLine().getParseResult().originalArgs());
        if (relaunched != null) {
            return relaunched;
        }
        Path dir = Store.newRunDirectory(campaign, Clock.systemUTC());
        err.println("ballot run: " + CampaignOptions.describe(campaign) + " -> " + dir);
        err.flush();
        try {
            RunResult result = DockerCampaign.run(campaign, system, dir,
                    new ProgressPrinter(err, Terminal.stderr(), ProgressPrinter.PLAIN_EVERY));
            out.println(result.summary());
            return result.verdict().exitCode();
        } catch (RuntimeException | IOException e) {
            out.println("ERROR\n  " + e.getMessage() + "\nstore: " + dir + "\nseed: " + campaign.seed()
                    + "\nreplay: " + campaign.replayCommand());
            return Ballot.BAD_INPUT;
        }
    }
}
