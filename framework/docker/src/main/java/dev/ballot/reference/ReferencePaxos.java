package dev.ballot.reference;

import dev.ballot.generator.AgreementWorkload;
import dev.ballot.generator.RegisterWorkload;
import dev.ballot.sut.Client;
import dev.ballot.sut.HttpJsonClients;
import dev.ballot.sut.ImageRecipe;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.NodeIds;
import dev.ballot.sut.NodeSpec;
import dev.ballot.sut.Readiness;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference Paxos node as a system under test: the image {@code docker/node} builds (the base
 * image plus {@code paxos-node.jar}), one node process per container, the HTTP/JSON client.
 * {@code register} runs the nodes in {@code multi} mode (a replicated store of cas-registers),
 * {@code agreement} in {@code single} mode (a single-decree instance per key). A mutant's name is
 * passed to every node. {@link ReferenceProvider} makes it for {@code --system reference}.
 *
 * <p>The node numbers itself {@code 0..N-1} ({@code {index}}) and wants
 * {@code --peers 0=n1:7000,...}. It gets {@code --bootstrap} on its first start only: after a
 * wipe it must find an empty disk and rejoin, which {@code --bootstrap} would skip.
 *
 * <p>Ready means the node serves HTTP ({@code GET /status}), not {@code /health}: a node restarted
 * after amnesia is healthy only once every peer answered its rejoin, so with two wiped nodes the
 * first could never become healthy before the second is started. The runner checks that the
 * cluster serves before the faults begin.
 */
public final class ReferencePaxos implements SystemUnderTest {
    public static final String NAME = "reference-paxos";
    static final String JAR = "reference-paxos/server/target/paxos-node.jar";
    static final String DOCKERFILE_DIR = "docker/node";
    static final Set<String> WORKLOADS = Set.of(RegisterWorkload.NAME, AgreementWorkload.NAME);
    static final int CLIENT_PORT = 8080;
    static final int PEER_PORT = 7000;
    static final String DATA = "/var/lib/ballot";

    private final Path home;
    private final String workload;
    private final String mutant;
    /** The node's ids in its leader hints and status are its {@code --id}, the index. */
    private final HttpJsonClients clients = new HttpJsonClients(NodeIds.INDEX);

    /**
     * @param home the repository (the jar and {@code docker/node} are found under it)
     * @param workload register or agreement: chooses the node's mode
     * @param mutant a mutant's name, or null for the correct implementation
     */
    public ReferencePaxos(Path home, String workload, String mutant) {
        if (!WORKLOADS.contains(workload)) {
            throw new IllegalArgumentException("unknown workload '" + workload + "'; known: " + WORKLOADS);
        }
        this.home = home;
        this.workload = workload;
        this.mutant = mutant;
    }

    /** Ballot's home; see {@link SystemOptions#defaultHome}. */
    public static Path defaultHome() {
        return SystemOptions.defaultHome();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> workloads() {
        return WORKLOADS;
    }

    /** @throws IllegalStateException if the node's jar has not been built */
    @Override
    public ImageRecipe image() {
        Path jar = home.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the node's jar " + jar + " is missing: build it with "
                    + "'mvn -B -o -pl reference-paxos/server -am package -DskipTests'");
        }
        return new ImageRecipe("ballot/reference-paxos", home.resolve(DOCKERFILE_DIR),
                Map.of("paxos-node.jar", jar));
    }

    @Override
    public NodeSpec node() {
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", "/opt/ballot/paxos-node.jar",
                "--id", "{index}", "--peers", "{peers}", "--data", "{data}",
                "--client-port", "{client-port}",
                "--mode", workload.equals(RegisterWorkload.NAME) ? "multi" : "single"));
        if (mutant != null) {
            command.addAll(List.of("--mutant", mutant));
        }
        return new NodeSpec(command, Map.of(), DATA, CLIENT_PORT, PEER_PORT,
                new Readiness.HttpGet("/status"), Duration.ofSeconds(120),
                "{index}={name}:{peer-port}", List.of("--bootstrap"), null);
    }

    /** A client that follows the leader's hints. */
    @Override
    public Client client(NodeAddress address, Duration timeout) {
        return clients.client(address, timeout);
    }

    /** The nodes whose {@code GET /status} names themselves as {@code leader}. */
    @Override
    public List<String> primaries(List<NodeAddress> nodes, Duration timeout) {
        return clients.primaries(nodes, timeout);
    }
}
