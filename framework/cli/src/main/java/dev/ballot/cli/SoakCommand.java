package dev.ballot.cli;

import dev.ballot.docker.DockerCampaign;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.CampaignRunner;
import dev.ballot.runner.ProgressPrinter;
import dev.ballot.runner.Store;
import dev.ballot.soak.NemesisChoice;
import dev.ballot.soak.Soak;
import dev.ballot.soak.SoakPlan;
import dev.ballot.soak.SoakResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballot soak}: campaigns in Docker back to back for a while (see {@link Soak}), each with
 * a fresh seed, taking the workloads and nemeses in turn. Prints every run's verdict as it ends,
 * then a summary with the replay command of every run that was not valid; writes one JUnit XML
 * summary; exits 1 if a run was invalid, else 2 if one was an error, else 3 if one was unknown,
 * else 0.
 */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run campaigns in Docker back to back, rotating workloads and nemeses, until "
                + "the duration ends or a run is invalid.")
final class SoakCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", required = true, paramLabel = "D",
            description = "how long to start new runs: 2h, 90m, 1h30m, 45s or seconds (the last run finishes)")
    String duration;

    @Option(names = "--keep-valid", description = "keep the store directories of valid runs too")
    boolean keepValid;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "the JUnit XML summary (default STORE/soak/<time>/junit.xml)")
    Path junit;

    @Mixin
    CampaignOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Soak soak;
        try {
            soak = soak((campaign, dir) -> DockerCampaign.run(campaign, CampaignOptions.system(campaign),
                    dir, new ProgressPrinter(err, Terminal.stderr(), ProgressPrinter.PLAIN_EVERY)));
        } catch (IllegalArgumentException e) {
            err.println("ballot soak: " + e.getMessage());
            return Ballot.BAD_INPUT;
        }
        Integer relaunched = TestcontainersEnvironment.relaunchIfMissing(
                spec.root().commandLine().getParseResult().originalArgs());
        return relaunched != null ? relaunched : run(soak);
    }

    /**
     * The soak the options describe, through {@code runner}. Every workload is checked against the
     * system first, so that a mistake is told before anything starts.
     *
     * @throws IllegalArgumentException for a bad option
     */
    Soak soak(CampaignRunner runner) {
        Duration length = parseDuration(duration);
        List<String> workloads = spec.commandLine().getParseResult().hasMatchedOption("--workload")
                ? Arrays.stream(options.workload.split(",")).map(String::trim).toList()
                : SoakPlan.DEFAULT_WORKLOADS;
        List<NemesisChoice> nemeses = NemesisChoice.parseRotation(
                spec.commandLine().getParseResult().hasMatchedOption("--nemesis")
                        ? options.nemesis : NemesisChoice.DEFAULT, options.overlap);
        long seed = options.seed != null ? options.seed : CampaignOptions.randomSeed();
        SoakPlan plan = new SoakPlan(options.campaign(workloads.get(0), Set.of()), workloads, nemeses, seed);
        for (String workload : workloads) {
            CampaignOptions.system(options.campaign(workload, Set.of()));
        }
        return new Soak(plan, length, keepValid, junit, runner);
    }

    /** Runs the soak, printing as it goes; returns the exit code. */
    int run(Soak soak) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        if (soak.junit() == null) {
            soak = new Soak(soak.plan(), soak.duration(), soak.keepValid(),
                    Store.newDirectory(options.store.resolve("soak"), clock).resolve("junit.xml"),
                    soak.runner());
        }
        SoakPlan plan = soak.plan();
        Campaign first = plan.campaign(0);
        err.printf("ballot soak: %s for %s, workloads %s, nemeses %s, soak seed %d; summary -> %s%n",
                first.system(), duration, String.join(",", plan.workloads()),
                String.join(";", plan.nemeses().stream().map(NemesisChoice::toString).toList()),
                plan.seed(), soak.junit());
        err.flush();
        SoakResult result = soak.run(err, clock);
        spec.commandLine().getOut().println(result.summary());
        return result.exitCode();
    }

    /**
     * {@code 2h}, {@code 90m}, {@code 1h30m}, {@code 45s}, or a number of seconds.
     *
     * @throws IllegalArgumentException for anything else, or a duration that is not positive
     */
    static Duration parseDuration(String text) {
        Duration parsed;
        Matcher matcher = DURATION.matcher(text.trim());
        if (text.trim().matches("\\d+(\\.\\d+)?")) {
            parsed = CampaignOptions.duration(Double.parseDouble(text.trim()));
        } else if (!text.isBlank() && matcher.matches()) {
            parsed = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                    .plusSeconds(number(matcher.group(3)));
        } else {
            throw new IllegalArgumentException("--duration " + text + ": write 2h, 90m, 1h30m, 45s or seconds");
        }
        if (parsed.isZero()) {
            throw new IllegalArgumentException("--duration must be more than 0");
        }
        return parsed;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
