package dev.ballot.sut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client side of the HTTP/JSON protocol for a whole cluster, for a {@link SystemUnderTest}
 * whose nodes speak it: {@link #client} and {@link #primaries} are what such a system answers.
 *
 * <p>With {@link NodeIds} given, a client follows refusals: to the leader they name, else to the
 * next node (see {@link LeaderFollowingClient}), and the primaries are the nodes whose {@code GET /status} names
 * themselves as {@code leader} ({@code {"id": ..., "leader": ...}}). Without, a client is a plain
 * {@link HttpJsonClient} and the system names no leader.
 *
 * <p>The Docker cluster asks for a client of every node once it has started, which is how this
 * learns where each node is.
 */
public final class HttpJsonClients {
    private final NodeIds ids;
    private final Map<String, NodeAddress> addresses = new ConcurrentHashMap<>();
    /** One client per connect timeout: each holds a selector thread, so they are kept, not rebuilt per call. */
    private final Map<Duration, HttpClient> statusClients = new ConcurrentHashMap<>();

    /** @param ids how the system's leader hints and status name nodes, or null if it has neither */
    public HttpJsonClients(NodeIds ids) {
        this.ids = ids;
    }

    /** A new, unopened client for one node; see {@link SystemUnderTest#client}. */
    public Client client(NodeAddress address, Duration timeout) {
        addresses.put(address.node(), address);
        if (ids == null) {
            return new HttpJsonClient(address, timeout);
        }
        return new LeaderFollowingClient(address, timeout, id -> {
            String node = ids.node(id);
            return node == null ? null : addresses.get(node);
        }, () -> new TreeMap<>(addresses).values().stream().toList());
    }

    /**
     * The nodes whose {@code GET /status} names themselves as {@code leader}; a node that does not
     * answer within {@code timeout} is left out. Nodes are asked in parallel, so that a paused one
     * costs one timeout, not one each. See {@link SystemUnderTest#primaries}.
     */
    public List<String> primaries(List<NodeAddress> nodes, Duration timeout) {
        if (ids == null) {
            return List.of();
        }
        HttpClient http = statusClients.computeIfAbsent(timeout,
                connect -> HttpClient.newBuilder().connectTimeout(connect).build());
        return nodes.parallelStream().filter(node -> {
            JsonNode status = StatusReader.read(http, node, timeout);
            String id = StatusReader.field(status, "id");
            return id != null && id.equals(StatusReader.field(status, "leader"));
        }).map(NodeAddress::node).sorted().toList();
    }
}
