package dev.ballot.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * The container of one node. It outlives the node's process: PID 1 is a keeper
 * ({@code sleep infinity}) and the node runs beside it, started with {@code docker exec}, so a
 * crash fault kills the process while the container keeps its network namespace, its address,
 * its iptables rules and its filesystem (the data directory, the log, the faketime file).
 *
 * <p>The container has the NET_ADMIN capability and nothing more (never privileged), and
 * publishes the client port on 127.0.0.1 only, on a port Docker picks. The cluster removes it
 * by its labels, not through Testcontainers (see {@link Labels#withoutSession}).
 */
final class NodeContainer {
    /** The node process' pid, written by the shell that then becomes the node (exec). */
    static final String PID_FILE = "/tmp/ballot-node.pid";
    /** The node's stdout and stderr, appended across restarts; outside the data directory. */
    static final String LOG_FILE = "/tmp/ballot-node.log";
    static final Duration EXEC_TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final int clientPort;
    private final GenericContainer<?> container;
    private Exec exec;
    private String ip;
    private int hostPort;

    NodeContainer(String image, String name, String containerName, Network network,
                  Map<String, String> labels, int clientPort) {
        this.name = name;
        this.clientPort = clientPort;
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put(Labels.NODE, name);
        ExposedPort port = ExposedPort.tcp(clientPort);
        container = new GenericContainer<>(DockerImageName.parse(image))
                .withNetwork(network)
                .withNetworkAliases(name)
                .waitingFor(new Started())
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withName(containerName).withHostName(name)
                            .withEntrypoint("sleep").withCmd("infinity")
                            .withLabels(Labels.withoutSession(all))
                            .withExposedPorts(port);
                    cmd.getHostConfig()
                            .withCapAdd(Capability.NET_ADMIN)
                            .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), port));
                });
    }

    /** Starts the container (not the node) and learns its address and published port. */
    void start(String networkId) {
        container.start();
        exec = new Exec(DockerClientFactory.instance().client(), container.getContainerId(), name);
        InspectContainerResponse info = container.getContainerInfo();
        ip = info.getNetworkSettings().getNetworks().values().stream()
                .filter(n -> networkId.equals(n.getNetworkID())).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not on the cluster network"))
                .getIpAddress();
        Ports.Binding[] bindings = info.getNetworkSettings().getPorts().getBindings()
                .get(ExposedPort.tcp(clientPort));
        if (bindings == null || bindings.length == 0) {
            throw new IllegalStateException(name + ": port " + clientPort + " is not published");
        }
        hostPort = Integer.parseInt(bindings[0].getHostPortSpec());
    }

    String name() {
        return name;
    }

    Exec exec() {
        return exec;
    }

    /** The node's address on the cluster network, which peers see as the source of its packets. */
    String ip() {
        return ip;
    }

    /** The client port as published on 127.0.0.1. */
    int hostPort() {
        return hostPort;
    }

    /** Copies the node's log (stdout and stderr of every start) to {@code target}. */
    void copyLog(Path target) {
        container.copyFileFromContainer(LOG_FILE, target.toString());
    }

    /**
     * Testcontainers waits for a container's ports by default; a node container has nothing
     * listening until the node is started, which the cluster does and waits for itself.
     */
    private static final class Started extends AbstractWaitStrategy {
        @Override
        protected void waitUntilReady() {
            // The keeper runs as soon as the container does.
        }
    }
}
