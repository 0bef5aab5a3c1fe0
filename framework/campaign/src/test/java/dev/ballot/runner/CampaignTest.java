package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.nemesis.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CampaignTest {
    @Test
    void theReplayCommandNamesEveryOptionThatDiffersFromTheDefaults() {
        Campaign campaign = Campaign.of("agreement", FaultKind.parseList("clock,partition"), 7);
        assertEquals("bin/ballot run --workload agreement --nemesis partition,clock --nodes 5 "
                + "--time-limit 60 --concurrency 10 --rate 1000 --seed 7 --store store",
                campaign.replayCommand());
        Campaign custom = new Campaign("register", FaultKind.parseList("none"), 3,
                Duration.ofMillis(20_500), 4, 250.5, -3, "stale-read", Path.of("/tmp/s"), true,
                Duration.ofSeconds(5), 2, true, Campaign.DEFAULT_CLIENT_TIMEOUT,
                Campaign.DEFAULT_LIVENESS_BOUND, Campaign.DEFAULT_QUIET_PERIOD);
        assertEquals("bin/ballot run --workload register --nemesis none --nodes 3 --time-limit 20.5 "
                + "--concurrency 4 --rate 250.5 --seed -3 --mutant stale-read --store /tmp/s "
                + "--leave-running --fault-interval 5 --fault-targets 2 --overlap", custom.replayCommand());
    }

    @Test
    void theReplayCommandNamesTheSystemUnlessItIsTheDefault() {
        Campaign campaign = Campaign.of("register", FaultKind.parseList("none"), 1);
        assertEquals(Campaign.DEFAULT_SYSTEM, campaign.system());
        assertEquals(campaign, campaign.withSystem("reference"));
        assertEquals("bin/ballot run --system adapters/kv.json --workload register --nemesis none "
                + "--nodes 5 --time-limit 60 --concurrency 10 --rate 1000 --seed 1 --store store",
                campaign.withSystem("adapters/kv.json").replayCommand());
    }
}
