package dev.ballot.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.adapter.Systems;
import dev.ballot.sut.NodeSpec;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference cluster is found like any adapter, and its adapter file describes the same nodes:
 * what the Java provider and {@code adapters/reference-http.json} start is the same, argument for
 * argument.
 */
class ReferenceProviderTest {
    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final List<String> NODES = List.of("n1", "n2", "n3");

    private static Systems systems() {
        return Systems.installed(HOME);
    }

    @Test
    void theServiceLoaderFindsTheReferenceAndTheAdaptersDirectoryItsFile() {
        Systems systems = systems();
        assertInstanceOf(ReferenceProvider.class, systems.find(ReferenceProvider.NAME));
        assertEquals(List.of(ReferenceProvider.NAME, "reference-http"),
                systems.providers().stream().map(SystemProvider::name).toList());
        assertEquals(List.of(), systems.problems());
    }

    @Test
    void theReferenceNodeStartsAsTheOldLaunchScriptStartedIt() {
        NodeSpec node = new ReferenceProvider().create(new SystemOptions("register", "stale-read", HOME)).node();
        assertEquals(Arrays.asList(("java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m -jar "
                + "/opt/ballot/paxos-node.jar --id 1 --peers 0=n1:7000,1=n2:7000,2=n3:7000 --data "
                + "/var/lib/ballot --client-port 8080 --mode multi --mutant stale-read --bootstrap")
                .split(" ")), node.commandFor(2, NODES, true));
        assertTrue(!node.commandFor(2, NODES, false).contains("--bootstrap"), "a restart rejoins");
    }

    @Test
    void theAdapterFileStartsTheSameNodes() {
        SystemProvider file = systems().find("reference-http");
        for (String workload : List.of("register", "agreement")) {
            for (String mutant : Arrays.asList(null, "minority-quorum")) {
                SystemOptions options = new SystemOptions(workload, mutant, HOME);
                SystemUnderTest java = new ReferenceProvider().create(options);
                SystemUnderTest declared = file.create(options);
                for (boolean first : List.of(true, false)) {
                    assertEquals(java.node().commandFor(3, NODES, first),
                            declared.node().commandFor(3, NODES, first), workload + " " + mutant);
                }
                assertEquals(java.node().withCommand(List.of("x")), declared.node().withCommand(List.of("x")));
                assertEquals(java.workloads(), declared.workloads());
            }
        }
    }
}
