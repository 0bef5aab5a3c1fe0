package dev.ballot.sut;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A client of the HTTP/JSON protocol that follows the leader. A node that does not take a request
 * at all (not the leader, not voting yet) refuses it: {@code fail} with {@code "refused":true},
 * so it certainly did not happen and sending it again elsewhere is safe. On a refusal that names
 * a leader, this client sends the request there; on one that names none (or names the refusing
 * node itself, or a node it does not know), to the next node in name order, since a node that
 * knows no leader (cut off, deposed, rejoining) would refuse every request until the fault
 * heals. It keeps talking to the node it moved to until that one refuses in turn, and moves at
 * most {@link #HOPS} times per request. Every other answer is returned as it came, so the mapping
 * of outcomes is {@link HttpJsonClient}'s.
 */
final class LeaderFollowingClient implements Client {
    private static final int HOPS = 2;

    private final NodeAddress home;
    private final Duration timeout;
    private final Function<String, NodeAddress> byNodeId;
    private final Supplier<List<NodeAddress>> nodes;
    private final Map<NodeAddress, HttpJsonClient> clients = new HashMap<>();
    private NodeAddress target;

    /**
     * @param byNodeId the address of the node with the system's own id, or null if none
     * @param nodes every node known so far, in name order
     */
    LeaderFollowingClient(NodeAddress home, Duration timeout, Function<String, NodeAddress> byNodeId,
                          Supplier<List<NodeAddress>> nodes) {
        this.home = home;
        this.timeout = timeout;
        this.byNodeId = byNodeId;
        this.nodes = nodes;
    }

    @Override
    public void open() {
        target = home;
    }

    @Override
    public Completion invoke(Request request) {
        HttpJsonClient.Reply reply = client(target).send(request);
        for (int hop = 0; hop < HOPS && reply.refused(); hop++) {
            NodeAddress next = reply.leader() == null ? null : byNodeId.apply(reply.leader());
            if (next == null || next.equals(target)) {
                next = after(target);
            }
            if (next == null) {
                break;
            }
            target = next;
            reply = client(target).send(request);
        }
        return reply.completion();
    }

    /** The node after {@code node} in name order, round the ring; null if there is no other. */
    private NodeAddress after(NodeAddress node) {
        List<NodeAddress> known = nodes.get();
        if (known.isEmpty()) {
            return null;
        }
        int at = known.indexOf(node);
        NodeAddress next = known.get((at + 1) % known.size());
        return next.equals(node) ? null : next;
    }

    private HttpJsonClient client(NodeAddress address) {
        return clients.computeIfAbsent(address, a -> {
            HttpJsonClient client = new HttpJsonClient(a, timeout);
            client.open();
            return client;
        });
    }

    @Override
    public void close() {
        clients.values().forEach(HttpJsonClient::close);
        clients.clear();
    }
}
