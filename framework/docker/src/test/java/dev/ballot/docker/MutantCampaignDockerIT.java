package dev.ballot.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.runner.RunResult;
import dev.ballot.runner.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken variants of the reference implementation are caught in real campaigns: the checker must
 * find the violation, not only fail to prove the run valid. Which nemesis finds which mutant, and
 * in how many seeds, is measured in the README.
 */
class MutantCampaignDockerIT {

    @BeforeAll
    static void docker() {
        DockerAvailable.assume();
    }

    @Test
    void minorityQuorumIsCaughtUnderPartitions() throws Exception {
        assertCaught(Campaigns.run("register", "partition", 201, "minority-quorum"));
    }

    @Test
    void staleReadIsCaughtUnderPartitions() throws Exception {
        assertCaught(Campaigns.run("register", "partition", 202, "stale-read"));
    }

    /** Every node killed at once: what an acceptor did not write down is gone. */
    @Test
    void volatileAcceptorIsCaughtWhenEveryNodeCrashes() throws Exception {
        RunResult result = Campaigns.run("agreement", "crash", 203, "volatile-acceptor",
                new Campaigns.Load(30, 1000, 3));
        assertEquals(Verdict.INVALID, result.verdict(), result.summary());
    }

    /**
     * The leader's clock set back, then the leader cut off while it is behind (overlapping
     * faults): its wall-clock lease outlasts its leadership, and its local reads miss the new
     * leader's writes. A fault every 10 s: with 5 s, on a quiet machine where faults apply fast,
     * the clock could be reset a moment after the cut was in place, before a successor had
     * written anything.
     */
    @Test
    void clockLeaseIsCaughtWhenTheLeaderIsCutOffWithItsClockBehind() throws Exception {
        assertCaught(Campaigns.run(Campaigns.overlapping(Campaigns.campaign("register",
                "clock,partition", 3, "clock-lease", new Campaigns.Load(10, 200, 0)),
                Duration.ofSeconds(30), Duration.ofSeconds(10))));
    }

    private static void assertCaught(RunResult result) {
        assertEquals(Verdict.INVALID, result.verdict(), result.summary());
        assertTrue(result.summary().contains("linearizable"), result.summary());
    }
}
