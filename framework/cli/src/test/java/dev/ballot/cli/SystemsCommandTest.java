package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ballot systems}, and {@code ballot run --system} refusing what it cannot run before
 * anything starts (Ballot's home is the repository, as the build sets {@code ballot.home}).
 */
class SystemsCommandTest {

    @Test
    void systemsListsTheBuiltInProviderAndTheAdapterFiles() {
        Cli cli = new Cli();
        assertEquals(0, cli.run("systems"));
        List<List<String>> rows = cli.out().lines().map(line -> List.of(line.split("  +", 6))).toList();
        assertEquals(List.of("NAME", "WORKLOADS", "NODES", "VARIANTS", "FROM", "DESCRIPTION"), rows.get(0));
        assertEquals(List.of("reference", "agreement,register", "1-9",
                "no-adopt,forget-promise,minority-quorum,volatile-acceptor,amnesia-unsafe,stale-read,clock-lease",
                "dev.ballot.reference.ReferenceProvider"), rows.get(1).subList(0, 5));
        assertEquals(List.of("reference-http", "agreement,register", "1-9", "-",
                "adapters/reference-http.json"), rows.get(2).subList(0, 5));
        assertTrue(rows.get(2).get(5).startsWith("the reference Paxos node"), rows.get(2).get(5));
        assertEquals(3, rows.size(), cli.out());
        List<String> lines = cli.out().lines().toList();
        assertEquals(lines.get(0).indexOf("FROM"), lines.get(1).indexOf("dev.ballot"), "columns line up");
        assertEquals("", cli.err());
    }

    @Test
    void anUnknownSystemIsBadInputThatListsTheInstalledOnes() {
        Cli cli = new Cli();
        assertEquals(Ballot.BAD_INPUT, cli.run("run", "--system", "etcd"));
        assertEquals("ballot run: unknown system 'etcd'; installed: reference, reference-http\n",
                cli.err());
    }

    @Test
    void aWorkloadSizeOrVariantTheSystemDoesNotTakeIsBadInput(@TempDir Path dir) throws IOException {
        Cli mutant = new Cli();
        assertEquals(Ballot.BAD_INPUT, mutant.run("run", "--mutant", "stale-reads"));
        assertTrue(mutant.err().startsWith("ballot run: reference has no mutant 'stale-reads'; its mutants: no-adopt,"),
                mutant.err());
        Cli nodes = new Cli();
        assertEquals(Ballot.BAD_INPUT, nodes.run("run", "--nodes", "12"));
        assertEquals("ballot run: --nodes 12: reference runs 1-9 nodes\n", nodes.err());
        String noVariants = Files.readString(Path.of("../../adapters/reference-http.json"))
                .replace("\"variant\": [\"--mutant\", \"{variant}\"],", "")
                .replace("\"agreement\": [\"--mode\", \"single\"]", "\"agreement\": [\"x\"]")
                .replace("\"register\": [\"--mode\", \"multi\"],", "");
        Path file = Files.writeString(dir.resolve("kv.json"), noVariants);
        Cli workload = new Cli();
        assertEquals(Ballot.BAD_INPUT, workload.run("run", "--system", file.toString()));
        assertEquals("ballot run: --workload register: reference-http supports agreement\n", workload.err());
        Cli variant = new Cli();
        assertEquals(Ballot.BAD_INPUT, variant.run("run", "--system", file.toString(),
                "--workload", "agreement", "--mutant", "stale-read"));
        assertEquals("ballot run: reference-http (" + file + ") has no variants (its file has no "
                + "'variant' field): cannot run 'stale-read'\n", variant.err());
    }

    @Test
    void aBadAdapterFileIsBadInputNamingTheFileAndField(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"name": "bad", "workloads": {"register": []}, "image": {"steps": []},
                 "command": ["node"], "data_dir": "/data", "peer_port": 7000,
                 "ready": {"tcp_connect": true}}
                """);
        Cli cli = new Cli();
        assertEquals(Ballot.BAD_INPUT, cli.run("run", "--system", file.toString()));
        assertEquals("ballot run: " + file + ": client_port: missing\n", cli.err());
    }
}
