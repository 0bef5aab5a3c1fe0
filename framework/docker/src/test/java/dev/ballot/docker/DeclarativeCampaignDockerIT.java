package dev.ballot.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.adapter.AdapterParser;
import dev.ballot.adapter.DeclarativeProvider;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Verdict;
import dev.ballot.sut.SystemOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference node described by {@code adapters/reference-http.json} instead of Java: the
 * declarative path from the file to a valid campaign (image steps, the start command with its
 * first-start argument, the data directory amnesia wipes, the HTTP/JSON client following leader
 * hints).
 */
class DeclarativeCampaignDockerIT {
    private static final Path FILE = SystemOptions.defaultHome().resolve("adapters/reference-http.json");

    @BeforeAll
    static void docker() {
        DockerAvailable.assume();
    }

    @Test
    void theAdapterFileRunsAValidCampaignUnderPartitionsAndAmnesia() throws Exception {
        RunResult result = Campaigns.run(Campaigns.campaign("register", "partition,amnesia", 105,
                null, new Campaigns.Load(10, 200, 0)).withSystem(FILE.toString()));
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
    }

    /** With the node named by a pattern, crashes kill the process found by it, not the command's. */
    @Test
    void aNodeNamedByItsProcessIsTheOneACrashKills() throws Exception {
        String named = Files.readString(FILE).replace("\"leader_ids\": \"index\"",
                "\"leader_ids\": \"index\", \"process\": \"paxos-node\\\\.jar\"");
        DeclarativeProvider provider = new DeclarativeProvider(AdapterParser.parse(FILE, named));
        assertEquals("paxos-node\\.jar", provider.create(new SystemOptions("agreement", null,
                SystemOptions.defaultHome())).node().process());
        RunResult result = Campaigns.run(Campaigns.campaign("agreement", "crash", 106, null,
                new Campaigns.Load(10, 200, 0)).withSystem(FILE.toString()), provider);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
    }
}
