package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.inprocess.Flaw;
import dev.ballot.inprocess.InProcessCluster;
import dev.ballot.runner.Runner;
import dev.ballot.soak.Soak;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ballot soak}: its options, and a whole soak against the in-process cluster. */
class SoakCommandTest {
    @TempDir
    Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private SoakCommand parse(String... args) {
        SoakCommand soak = new SoakCommand();
        CommandLine line = new CommandLine(soak);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.parseArgs(args);
        return soak;
    }

    @Test
    void durationsAreWrittenInHoursMinutesAndSeconds() {
        assertEquals(Duration.ofHours(2), SoakCommand.parseDuration("2h"));
        assertEquals(Duration.ofMinutes(90), SoakCommand.parseDuration("1h30m"));
        assertEquals(Duration.ofSeconds(45), SoakCommand.parseDuration("45s"));
        assertEquals(Duration.ofMillis(7500), SoakCommand.parseDuration("7.5"));
        for (String bad : List.of("", "0", "0m", "2 hours", "h", "-5")) {
            assertThrows(IllegalArgumentException.class, () -> SoakCommand.parseDuration(bad), bad);
        }
    }

    @Test
    void theRotationsDefaultToBothWorkloadsAndSixNemesesAndCanBeNarrowed() {
        Soak all = parse("--duration", "1h", "--seed", "4").soak((c, d) -> null);
        assertEquals(List.of("register", "agreement"), all.plan().workloads());
        assertEquals(6, all.plan().nemeses().size());
        assertEquals(4, all.plan().seed());
        Soak narrowed = parse("--duration", "1h", "--workload", "agreement", "--nemesis",
                "pause;loss,clock", "--overlap").soak((c, d) -> null);
        assertEquals(List.of("agreement"), narrowed.plan().workloads());
        assertEquals("loss,clock:overlap", narrowed.plan().nemeses().get(1).toString());
    }

    @Test
    void badOptionsAreBadInputBeforeAnythingRuns() {
        Cli cli = new Cli();
        assertEquals(2, cli.run("soak", "--duration", "0"));
        assertTrue(cli.err().contains("--duration must be more than 0"), cli.err());
        assertEquals(2, cli.run("soak", "--duration", "1h", "--workload", "queue"));
        assertTrue(cli.err().contains("unknown workload 'queue'"), cli.err());
        assertEquals(2, cli.run("soak", "--duration", "1h", "--nemesis", "flood"));
        assertTrue(cli.err().contains("unknown nemesis 'flood'"), cli.err());
    }

    @Test
    void aSoakThatFindsAViolationPrintsItsReplayAndExitsOne() throws Exception {
        SoakCommand command = parse("--duration", "5m", "--workload", "register", "--nemesis", "partition",
                "--time-limit", "0.8", "--fault-interval", "0.4", "--client-timeout", "0.1",
                "--quiet-period", "0.1", "--liveness-bound", "2", "--concurrency", "4", "--rate", "400",
                "--seed", "3", "--store", store.toString());
        int exit = command.run(command.soak((campaign, dir) -> new Runner(campaign,
                new InProcessCluster(campaign.nodes(), Flaw.STALE_READS)).run(dir)));
        assertEquals(1, exit, out + "\n" + err);
        assertTrue(out.toString().contains("INVALID run 1 register partition seed "), out.toString());
        assertTrue(out.toString().contains("replay: bin/ballot run --workload register --nemesis partition"));
        assertTrue(err.toString().contains("soak seed 3"), err.toString());
        try (Stream<Path> files = Files.walk(store.resolve("soak"))) {
            Path junit = files.filter(f -> f.endsWith("junit.xml")).findFirst().orElseThrow();
            assertTrue(Files.readString(junit).contains("failures=\"1\""));
        }
    }
}
