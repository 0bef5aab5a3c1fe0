package dev.ballot.zookeeper;

import dev.ballot.sut.Client;
import dev.ballot.sut.ImageRecipe;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.NodeSpec;
import dev.ballot.sut.Readiness;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.zookeeper.Version;

/**
 * A ZooKeeper ensemble as a system under test. Each node runs {@code start-zookeeper.sh}, which
 * writes {@code zoo.cfg} (every server as {@code server.ID=NAME:2888:3888}) and {@code myid} into
 * the data directory and then becomes the server. A client talks to one server only, so that a
 * plain read shows what that server knows; see {@link ZooKeeperClient}.
 */
final class ZooKeeperSystem implements SystemUnderTest {
    /** The ZooKeeper release this adapter was built with, e.g. {@code 3.9.5}. */
    static final String VERSION = Version.getVersion().replaceFirst("[-\\s].*", "");
    static final Set<String> WORKLOADS = Set.of("register");
    static final int CLIENT_PORT = 2181;
    static final int QUORUM_PORT = 2888;
    static final int ELECTION_PORT = 3888;
    static final String DATA = "/var/lib/ballot";
    private static final String IMAGE_FILES = "image/";
    private static final List<String> CONTEXT = List.of("Dockerfile", "start-zookeeper.sh", "logback.xml");

    private final ReadMode reads;
    private final Path jar;

    /**
     * @param reads how clients read
     * @param jar the adapter's jar, which holds the server the image runs
     */
    ZooKeeperSystem(ReadMode reads, Path jar) {
        this.reads = reads;
        this.jar = jar;
    }

    @Override
    public String name() {
        return reads == ReadMode.PLAIN ? "zookeeper" : "zookeeper-" + reads.variant();
    }

    @Override
    public Set<String> workloads() {
        return WORKLOADS;
    }

    /** A context of this jar's Dockerfile and scripts, written to a temporary directory, plus the jar. */
    @Override
    public ImageRecipe image() {
        try {
            Path context = Files.createTempDirectory("ballot-zookeeper-image-");
            context.toFile().deleteOnExit();
            for (String name : CONTEXT) {
                try (InputStream in = ZooKeeperSystem.class.getResourceAsStream(IMAGE_FILES + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the adapter's jar lacks " + IMAGE_FILES + name);
                    }
                    Path file = context.resolve(name);
                    Files.copy(in, file);
                    file.toFile().deleteOnExit();
                }
            }
            return new ImageRecipe("ballot/zookeeper", context, Map.of(ZooKeeperProvider.JAR, jar));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the zookeeper image's build context", e);
        }
    }

    /**
     * Ready once the server listens for clients, which it does before it has joined a quorum: a
     * node restarted inside a partition must count as started. The runner checks that the whole
     * ensemble serves before the faults begin.
     */
    @Override
    public NodeSpec node() {
        return new NodeSpec(
                List.of("sh", "/opt/zookeeper/start-zookeeper.sh", "{id}", "{peers}", "{data}", "{client-port}"),
                Map.of(), DATA, CLIENT_PORT, QUORUM_PORT,
                new Readiness.LogLine("binding to port .*:" + CLIENT_PORT), Duration.ofSeconds(60),
                "server.{id}={name}:{peer-port}:" + ELECTION_PORT, List.of(), null);
    }

    @Override
    public Client client(NodeAddress address, Duration timeout) {
        return new ZooKeeperClient(address, timeout, reads);
    }

    /** The servers whose {@code srvr} says {@code Mode: leader}. */
    @Override
    public List<String> primaries(List<NodeAddress> addresses, Duration timeout) {
        return addresses.parallelStream()
                .filter(address -> "leader".equals(FourLetterWords.mode(address, timeout)))
                .map(NodeAddress::node).sorted().toList();
    }
}
