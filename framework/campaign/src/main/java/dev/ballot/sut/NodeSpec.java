package dev.ballot.sut;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one node of the system is started, as data: a command template, its environment, where its
 * durable state lives, its ports, how to tell it is ready and which process is the node. A cluster
 * implementation renders it per node with {@link #commandFor}.
 *
 * <p>Placeholders in {@code command}, {@code firstStart} and environment values (see
 * {@link Template}):
 * <ul>
 * <li>{@code {id}}: the node's 1-based position in the cluster; {@code {index}}: its 0-based one;
 * <li>{@code {name}}: the node's name (n1, n2, ...), also its host name on the cluster network;
 * <li>{@code {peers}}: every node, this one included, in node order, comma-separated, each as
 *     {@code peerFormat} renders it ({@code name:peer-port} by default);
 * <li>{@code {data}}: the durable data directory; {@code {client-port}}, {@code {peer-port}}.
 * </ul>
 * {@code peerFormat} takes {@code {id}}, {@code {index}}, {@code {name}}, {@code {client-port}}
 * and {@code {peer-port}}, each of the peer it describes: the reference node wants
 * {@code {index}={name}:{peer-port}}, etcd {@code {name}=http://{name}:{peer-port}}. An unknown
 * placeholder is an error when the spec is made, so that a typo fails at once.
 *
 * @param command the command line, one element per argument. It must run the node in the
 *     foreground: unless {@code process} says otherwise, the process it starts is the node
 * @param environment extra environment variables
 * @param dataDir the durable data directory inside the node: it survives a restart, and amnesia
 *     wipes it; nothing else the node writes is meant to survive
 * @param clientPort the port clients connect to
 * @param peerPort the port nodes talk to each other on
 * @param readiness how to tell a started node is ready
 * @param startTimeout how long a node may take to become ready
 * @param peerFormat how each node is written in {@code {peers}}
 * @param firstStart arguments appended to the command on a node's first start in a cluster only,
 *     never on a restart, even after amnesia (the reference's {@code --bootstrap})
 * @param process null if the started command's process is the node (it may {@code exec} into
 *     it); else an extended regular expression matched against the full command lines of the
 *     node's container ({@code pgrep -f}), whose oldest match is the node, for a command that
 *     hands the node over to another process. A crash kills it, a pause stops it
 */
public record NodeSpec(List<String> command, Map<String, String> environment, String dataDir,
                       int clientPort, int peerPort, Readiness readiness, Duration startTimeout,
                       String peerFormat, List<String> firstStart, String process) {
    /** The placeholders of the command, the first-start arguments and the environment. */
    public static final Set<String> NODE_PLACEHOLDERS =
            Set.of("id", "index", "name", "peers", "data", "client-port", "peer-port");
    /** The placeholders of the peer format, each standing for the peer's. */
    public static final Set<String> PEER_PLACEHOLDERS =
            Set.of("id", "index", "name", "client-port", "peer-port");
    /** {@code name:peer-port}: how {@code {peers}} writes a node unless told otherwise. */
    public static final String DEFAULT_PEER_FORMAT = "{name}:{peer-port}";

    public NodeSpec(List<String> command, Map<String, String> environment, String dataDir,
                    int clientPort, int peerPort, Readiness readiness, Duration startTimeout,
                    String peerFormat, List<String> firstStart, String process) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the command is empty");
        }
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clientPort = clientPort;
        this.peerPort = peerPort;
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
        this.peerFormat = Objects.requireNonNull(peerFormat, "peerFormat");
        this.firstStart = List.copyOf(firstStart);
        this.process = process;
        // Renders a one-node cluster, so that an unknown placeholder fails here.
        new Rendering(this, 1, List.of("n1"));
    }

    /** A node started by its command's own process, with the default peer format. */
    public NodeSpec(List<String> command, Map<String, String> environment, String dataDir,
                    int clientPort, int peerPort, Readiness readiness, Duration startTimeout) {
        this(command, environment, dataDir, clientPort, peerPort, readiness, startTimeout,
                DEFAULT_PEER_FORMAT, List.of(), null);
    }

    /** This spec with another command: an adapter adds a workload's or a variant's arguments. */
    public NodeSpec withCommand(List<String> other) {
        return new NodeSpec(other, environment, dataDir, clientPort, peerPort, readiness,
                startTimeout, peerFormat, firstStart, process);
    }

    /** The command for a restart of the node at 1-based position {@code id} of {@code nodes}. */
    public List<String> commandFor(int id, List<String> nodes) {
        return commandFor(id, nodes, false);
    }

    /**
     * The command for the node at 1-based position {@code id} of {@code nodes}, with
     * {@link #firstStart} if this is its first start in the cluster.
     */
    public List<String> commandFor(int id, List<String> nodes, boolean first) {
        Rendering rendering = new Rendering(this, id, nodes);
        List<String> rendered = new ArrayList<>(rendering.command);
        if (first) {
            rendered.addAll(rendering.firstStart);
        }
        return rendered;
    }

    /** The environment for the node at 1-based position {@code id} of {@code nodes}. */
    public Map<String, String> environmentFor(int id, List<String> nodes) {
        return new Rendering(this, id, nodes).environment;
    }

    /** Every template of a spec, rendered for one node. */
    private static final class Rendering {
        final List<String> command = new ArrayList<>();
        final List<String> firstStart = new ArrayList<>();
        final Map<String, String> environment = new TreeMap<>();

        Rendering(NodeSpec spec, int id, List<String> nodes) {
            if (id < 1 || id > nodes.size()) {
                throw new IllegalArgumentException("node id " + id + " of " + nodes.size());
            }
            List<String> peers = new ArrayList<>();
            for (int peer = 1; peer <= nodes.size(); peer++) {
                peers.add(Template.render(spec.peerFormat, node(spec, peer, nodes)));
            }
            Map<String, String> bindings = new HashMap<>(node(spec, id, nodes));
            bindings.put("peers", String.join(",", peers));
            bindings.put("data", spec.dataDir);
            spec.command.forEach(part -> command.add(Template.render(part, bindings)));
            spec.firstStart.forEach(part -> firstStart.add(Template.render(part, bindings)));
            spec.environment.forEach((name, value) ->
                    environment.put(name, Template.render(value, bindings)));
        }

        /** What names one node: its positions, name and ports. */
        private static Map<String, String> node(NodeSpec spec, int id, List<String> nodes) {
            return Map.of("id", Integer.toString(id), "index", Integer.toString(id - 1),
                    "name", nodes.get(id - 1), "client-port", Integer.toString(spec.clientPort),
                    "peer-port", Integer.toString(spec.peerPort));
        }
    }
}
