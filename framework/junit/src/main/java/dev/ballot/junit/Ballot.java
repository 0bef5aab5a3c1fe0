package dev.ballot.junit;

import dev.ballot.runner.RunResult;
import dev.ballot.runner.Verdict;
import org.junit.jupiter.api.Assertions;

/**
 * A campaign as a JUnit 5 test:
 * <pre>
 * &#64;Test
 * void registerSurvivesPartitions() throws Exception {
 *     RunResult result = Ballot.campaign().system("reference").workload("register")
 *             .nemesis("partition").nodes(3).timeLimit(Duration.ofSeconds(20)).seed(7).run();
 *     Ballot.assertValid(result);
 * }
 * </pre>
 * {@link CampaignBuilder#assertValid()} does both. The run is a real one, as {@code ballot run}
 * makes it: its store directory holds the history, {@code results.json}, {@code report.html} and
 * {@code junit.xml}, and a failure names it, with the command that replays the run.
 */
public final class Ballot {
    private Ballot() {
    }

    /** A campaign with the defaults of {@code ballot run}, to adjust and run. */
    public static CampaignBuilder campaign() {
        return new CampaignBuilder();
    }

    /**
     * Passes if the run was valid. Otherwise fails with the verdict, the reasons, liveness, the
     * store directory and the replay command ({@link RunResult#summary()}): invalid is a
     * violation; unknown or error means the run could not show anything, which is no pass either.
     *
     * @return the result, for further assertions
     */
    public static RunResult assertValid(RunResult result) {
        if (result.verdict() != Verdict.VALID) {
            Assertions.fail(failure(result));
        }
        return result;
    }

    static String failure(RunResult result) {
        return "the campaign is " + result.verdict().wireName() + ", not valid:\n" + result.summary();
    }
}
