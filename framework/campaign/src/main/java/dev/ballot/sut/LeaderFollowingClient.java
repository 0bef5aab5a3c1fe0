package dev.ballot.sut;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A client of the HTTP/JSON protocol that follows the leader. A node that does not take a request
 * at all (not the leader, not voting yet) refuses it: {@code fail} with {@code "refused":true},
 * so it certainly did not happen and sending it again elsewhere is safe. On a refusal that names
 * a leader, this client sends the request there and keeps talking to that node until it refuses
 * in turn, at most {@link #HOPS} times per request. Every other answer is returned as it came,
 * so the mapping of outcomes is {@link HttpJsonClient}'s.
 */
final class LeaderFollowingClient implements Client {
    private static final int HOPS = 2;

    private final NodeAddress home;
    private final Duration timeout;
    private final Function<String, NodeAddress> byNodeId;
    private final Map<NodeAddress, HttpJsonClient> clients = new HashMap<>();
    private NodeAddress target;

    /** @param byNodeId the address of the node with the system's own id, or null if none */
    LeaderFollowingClient(NodeAddress home, Duration timeout, Function<String, NodeAddress> byNodeId) {
        this.home = home;
        this.timeout = timeout;
        this.byNodeId = byNodeId;
    }

    @Override
    public void open() {
        target = home;
    }

    @Override
    public Completion invoke(Request request) {
        HttpJsonClient.Reply reply = client(target).send(request);
        for (int hop = 0; hop < HOPS && reply.refused() && reply.leader() != null; hop++) {
            NodeAddress leader = byNodeId.apply(reply.leader());
            if (leader == null || leader.equals(target)) {
                break;
            }
            target = leader;
            reply = client(target).send(request);
        }
        return reply.completion();
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
