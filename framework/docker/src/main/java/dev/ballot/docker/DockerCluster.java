package dev.ballot.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ballot.nemesis.Clocks;
import dev.ballot.nemesis.Net;
import dev.ballot.nemesis.NodeControl;
import dev.ballot.nemesis.Primaries;
import dev.ballot.runner.Cluster;
import dev.ballot.sut.Client;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * A cluster of N nodes of a {@link SystemUnderTest} in Docker containers, on a private network
 * where node {@code nI} is reachable by that name. Started in parallel: image (reused when its
 * inputs did not change), containers, iptables chains and faketime files, node processes, each
 * node's readiness probe. See {@link NodeContainer} for the process model, {@link IptablesNet},
 * {@link ProcessControl} and {@link FaketimeClocks} for the faults.
 *
 * <p>Clients reach a node at its address on the cluster network when this host can (a Linux
 * engine, whose bridge network is on the host), else at its client port published on 127.0.0.1
 * (Docker Desktop, whose containers live in a VM); see {@link #routesToContainers}. Either way a
 * client's packets reach the node from the network's gateway, never from a peer's address, so the
 * nemesis' cuts ({@link IptablesNet}) spare them.
 *
 * <p>Every container and the network carry labels naming the run and its owner (see
 * {@link Labels}); a start first removes what killed runs left. {@link #close} removes the run's
 * own, unless it is to be left running; so does a shutdown hook if the JVM exits first (Ctrl-C).
 */
public final class DockerCluster implements Cluster, AutoCloseable {
    /** Short: a leader-targeted fault waits on it, and a node that is slow to say is skipped. */
    private static final Duration PRIMARIES_TIMEOUT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(DockerCluster.class);
    /**
     * {@code -Dballot.docker.published-ports=true}: clients use the published ports even where the
     * containers' addresses are reachable (to compare the two, or where probing them is unwanted).
     */
    static final String PUBLISHED_PORTS = "ballot.docker.published-ports";
    private static final int ROUTE_PROBE_MILLIS = 1000;

    private final SystemUnderTest system;
    private final String run;
    private final boolean leaveRunning;
    private final DockerClient docker;
    private final Map<String, NodeContainer> containers = new LinkedHashMap<>();
    private final IptablesNet net;
    private final FaketimeClocks clocks;
    private final ProcessControl control;
    private final Thread hook;
    private LabelledNetwork network;
    /** Whether clients connect to the containers' own addresses; decided once the nodes serve. */
    private volatile boolean direct;
    private boolean closed;

    private DockerCluster(SystemUnderTest system, int size, boolean leaveRunning, boolean fakeClocks) {
        this.system = system;
        this.leaveRunning = leaveRunning;
        this.docker = DockerClientFactory.instance().client();
        this.run = String.format("%tY%<tm%<tdT%<tH%<tM%<tS-%04x", System.currentTimeMillis(),
                ThreadLocalRandom.current().nextInt(0x10000));
        // The mechanisms share this map; its values are filled in when the containers exist.
        for (int i = 1; i <= size; i++) {
            containers.put("n" + i, null);
        }
        this.net = new IptablesNet(containers);
        this.clocks = new FaketimeClocks(containers, fakeClocks);
        this.control = new ProcessControl(containers, system.node(), clocks.environment());
        this.hook = new Thread(this::close, "ballot-cluster-teardown");
    }

    /**
     * Starts a cluster of {@code size} nodes and returns once every node is ready.
     *
     * @param leaveRunning keep the containers when the cluster is closed (to look at them)
     * @param fakeClocks run the nodes under libfaketime, so that clock faults can be applied; it
     *     slows them down (see {@link FaketimeClocks}), so only campaigns with clock faults ask
     * @throws IllegalStateException if Docker does not answer, an image cannot be built, or a node
     *     does not become ready; whatever was started is removed then
     */
    public static DockerCluster start(SystemUnderTest system, int size, boolean leaveRunning,
                                      boolean fakeClocks) {
        DockerCluster cluster = new DockerCluster(system, size, leaveRunning, fakeClocks);
        try {
            cluster.startAll();
            return cluster;
        } catch (RuntimeException e) {
            cluster.discard();
            throw e;
        }
    }

    private void startAll() {
        Leftovers.removeAbandoned(docker);
        String image = Images.ensure(docker, system.image());
        Map<String, String> labels = Labels.of(run, system.name());
        Runtime.getRuntime().addShutdownHook(hook);
        network = new LabelledNetwork(docker, "ballot-" + run, labels);
        containers.replaceAll((name, none) -> new NodeContainer(image, name,
                "ballot-" + run + "-" + name, network, labels, system.node().clientPort()));
        Parallel.forEach(containers.values(), node -> node.start(network.getId()));
        net.install();
        clocks.install();
        Parallel.forEach(containers.keySet(), control::start);
        direct = !Boolean.getBoolean(PUBLISHED_PORTS) && routesToContainers();
        // Every node's client is made once before any operation, so that a client factory knows
        // every address from the start (clients that follow leader hints need them).
        containers.keySet().forEach(node -> client(node, Duration.ofSeconds(1)).close());
        LOG.info("cluster {} of {} x {} is ready; clients connect {}", run, containers.size(),
                image, direct ? "to the containers' addresses" : "through ports published on 127.0.0.1");
    }

    /**
     * Whether this host reaches every node's client port at the node's address on the cluster
     * network, tried with a TCP connect once the nodes serve. On a Linux engine it does: the
     * network is a bridge on the host. Connecting there skips {@code docker-proxy}, the process
     * behind each published port that copies every byte of every connection both ways (about a
     * quarter of a core at 800 operations per second on a 2-core machine). Docker Desktop's
     * containers run in a VM whose addresses the host cannot reach, so it is not tried there.
     */
    private boolean routesToContainers() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        int port = system.node().clientPort();
        return !Parallel.map(containers.values(), node -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(node.ip(), port), ROUTE_PROBE_MILLIS);
                return true;
            } catch (IOException e) {
                LOG.info("{} is not reachable at {}:{} ({}); clients use its published port",
                        node.name(), node.ip(), port, e.toString());
                return false;
            }
        }).containsValue(false);
    }

    /** The run's id, which the {@code ballot.run} label carries. */
    public String run() {
        return run;
    }

    @Override
    public List<String> nodes() {
        return List.copyOf(containers.keySet());
    }

    /**
     * The node's address on the cluster network and its client port, where this host reaches it
     * (see {@link #routesToContainers}); else 127.0.0.1 and the port published there.
     */
    @Override
    public NodeAddress address(String node) {
        NodeContainer container = containers.get(node);
        return direct ? new NodeAddress(node, container.ip(), system.node().clientPort())
                : new NodeAddress(node, "127.0.0.1", container.hostPort());
    }

    @Override
    public Net net() {
        return net;
    }

    @Override
    public NodeControl control() {
        return control;
    }

    @Override
    public Clocks clocks() {
        return clocks;
    }

    /** Asks the system who leads, each node within {@link #PRIMARIES_TIMEOUT}. */
    @Override
    public Primaries primaries() {
        List<NodeAddress> addresses = nodes().stream().map(this::address).toList();
        return () -> system.primaries(addresses, PRIMARIES_TIMEOUT);
    }

    @Override
    public Client client(String node, Duration timeout) {
        return system.client(address(node), timeout);
    }

    /** Copies each node's log to {@code dir/<node>.log}; a log that cannot be had is skipped. */
    public void copyLogs(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (NodeContainer node : containers.values()) {
            try {
                node.copyLog(dir.resolve(node.name() + ".log"));
            } catch (RuntimeException e) {
                LOG.warn("could not copy the log of {}: {}", node.name(), e.toString());
            }
        }
    }

    /** Removes the containers and the network, unless they are to be left running. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        unhook();
        if (leaveRunning) {
            LOG.warn("leaving cluster {} running: docker ps --filter label={}={}", run, Labels.RUN, run);
        } else {
            Leftovers.removeRun(docker, run);
        }
    }

    /** After a failed start: remove everything, even if asked to leave it running. */
    private synchronized void discard() {
        closed = true;
        unhook();
        Leftovers.removeRun(docker, run);
    }

    private void unhook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this is the hook itself.
        }
    }
}
