package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The campaign options as {@code run} parses them. */
class CampaignOptionsTest {
    private static CampaignOptions parse(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run.options;
    }

    @Test
    void theOptionsMakeTheCampaignAndItsReplayCommand() {
        Campaign campaign = parse("--workload", "agreement", "--nemesis", "partition,crash",
                "--seed", "7", "--overlap", "--fault-interval", "2.5").campaign();
        assertEquals("agreement", campaign.workload());
        assertEquals(Set.of(FaultKind.PARTITION, FaultKind.CRASH), campaign.nemesis());
        assertEquals(Duration.ofMillis(2500), campaign.faultInterval());
        assertTrue(campaign.replayCommand().contains("--seed 7"), campaign.replayCommand());
        assertEquals("agreement, nemesis partition,crash (overlap), 3 nodes, 30.0 s, seed 7",
                CampaignOptions.describe(campaign));
    }

    @Test
    void withoutASeedOneIsDrawnAndBadValuesAreRefused() {
        assertTrue(parse().campaign().seed() >= 0);
        assertThrows(IllegalArgumentException.class, () -> parse("--nodes", "0").campaign());
        assertThrows(IllegalArgumentException.class, () -> parse("--time-limit", "-1").campaign());
        assertThrows(IllegalArgumentException.class, () -> parse("--nemesis", "flood").campaign());
    }
}
