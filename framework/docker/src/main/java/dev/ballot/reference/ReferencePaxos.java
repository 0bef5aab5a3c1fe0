package dev.ballot.reference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ballot.generator.AgreementWorkload;
import dev.ballot.generator.RegisterWorkload;
import dev.ballot.sut.Client;
import dev.ballot.sut.ImageRecipe;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.NodeSpec;
import dev.ballot.sut.Readiness;
import dev.ballot.sut.SystemUnderTest;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference Paxos node as a system under test: the image {@code docker/node} builds (the base
 * image plus {@code paxos-node.jar}), one node process per container, the HTTP/JSON client.
 * {@code register} runs the nodes in {@code multi} mode (a replicated store of cas-registers),
 * {@code agreement} in {@code single} mode (a single-decree instance per key). A mutant's name is
 * passed to every node.
 *
 * <p>The node numbers itself {@code 0..N-1} and wants {@code --peers 0=n1:7000,...}, while Ballot
 * names nodes n1..nN; a short launch script translates. It also passes {@code --bootstrap} on the
 * first start in a container only (a marker file outside the data directory records it): after a
 * wipe the node must find an empty disk and rejoin, which {@code --bootstrap} would skip.
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
    static final int CLIENT_PORT = 8080;
    static final int PEER_PORT = 7000;
    static final String DATA = "/var/lib/ballot";
    private static final String LAUNCH = """
            id=$1; shift; list=""; i=0; IFS=, read -ra all <<< "$1"; shift
            for peer in "${all[@]}"; do list="$list${list:+,}$i=$peer"; i=$((i + 1)); done
            marker=/home/ballot/.ballot-bootstrapped; boot=()
            if [ ! -e $marker ]; then boot=(--bootstrap); touch $marker; fi
            exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m \
                -jar /opt/ballot/paxos-node.jar --id $((id - 1)) --peers "$list" "${boot[@]}" "$@"
            """;

    private final Path home;
    private final String workload;
    private final String mutant;
    private final Map<String, NodeAddress> addresses = new ConcurrentHashMap<>();

    /**
     * @param home the repository (the jar and {@code docker/node} are found under it)
     * @param workload register or agreement: chooses the node's mode
     * @param mutant a mutant's name, or null for the correct implementation
     */
    public ReferencePaxos(Path home, String workload, String mutant) {
        if (!workloads().contains(workload)) {
            throw new IllegalArgumentException("unknown workload '" + workload + "'; known: " + workloads());
        }
        this.home = home;
        this.workload = workload;
        this.mutant = mutant;
    }

    /** The repository: the {@code ballot.home} property, {@code $BALLOT_HOME}, or the directory. */
    public static Path defaultHome() {
        String home = System.getProperty("ballot.home", System.getenv("BALLOT_HOME"));
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> workloads() {
        return Set.of(RegisterWorkload.NAME, AgreementWorkload.NAME);
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
        List<String> command = new ArrayList<>(List.of("bash", "-c", LAUNCH, "launch", "{id}",
                "{peers}", "--data", "{data}", "--client-port", "{client-port}",
                "--mode", workload.equals(RegisterWorkload.NAME) ? "multi" : "single"));
        if (mutant != null) {
            command.addAll(List.of("--mutant", mutant));
        }
        return new NodeSpec(command, Map.of(), DATA, CLIENT_PORT, PEER_PORT,
                new Readiness.HttpGet("/status"), Duration.ofSeconds(120));
    }

    /**
     * A client that follows the leader (see {@link LeaderFollowingClient}). The Docker cluster
     * asks for a client of every node once it has started, which is how this system learns where
     * each node is: the node with the reference's id {@code i} is {@code n(i+1)}.
     */
    @Override
    public Client client(NodeAddress address, Duration timeout) {
        addresses.put(address.node(), address);
        return new LeaderFollowingClient(address, timeout,
                id -> addresses.get("n" + (Integer.parseInt(id) + 1)));
    }

    /**
     * The nodes whose {@code GET /status} names themselves as {@code leader}; a node that does not
     * answer within {@code timeout} is left out. Nodes are asked in parallel, so that a paused one
     * costs one timeout, not one each.
     */
    @Override
    public List<String> primaries(List<NodeAddress> nodes, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        return nodes.parallelStream().filter(node -> {
            JsonNode status = StatusReader.read(http, node, timeout);
            String id = StatusReader.field(status, "id");
            return id != null && id.equals(StatusReader.field(status, "leader"));
        }).map(NodeAddress::node).sorted().toList();
    }
}
