package dev.ballot.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.runner.RunResult;
import dev.ballot.runner.Verdict;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The correct reference implementation stays valid under real faults. */
class ReferenceCampaignDockerIT {

    @BeforeAll
    static void docker() {
        DockerAvailable.assume();
    }

    @Test
    void registerUnderPartitionsAndPausesIsValid() throws Exception {
        RunResult result = Campaigns.run("register", "partition,pause", 101, null);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        assertTrue(Files.size(result.directory().resolve("nodes/n1.log")) > 0, "node logs copied");
    }

    @Test
    void registerUnderCrashesAndAmnesiaIsValid() throws Exception {
        RunResult result = Campaigns.run("register", "crash,amnesia", 102, null);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
    }

    @Test
    void agreementUnderPartitionsAndCrashesIsValid() throws Exception {
        RunResult result = Campaigns.run("agreement", "partition,crash", 103, null);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
    }

    @Test
    void registerUnderClockSkewIsValid() throws Exception {
        RunResult result = Campaigns.run("register", "clock", 104, null);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
    }
}
