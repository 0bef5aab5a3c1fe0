package dev.ballot.reference;

import dev.ballot.history.OpType;
import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.HttpJsonClient;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.Request;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A client of the reference system that follows the leader. In {@code multi} mode a follower
 * refuses a request ({@code fail}, "not the leader": it certainly did not happen), so sending it
 * again elsewhere is safe. On such a refusal this client asks the refusing node whom it takes for
 * the leader ({@code GET /status}), sends the request there, and keeps talking to that node until
 * it refuses in turn. Every answer other than a refusal is returned as it came, so the mapping of
 * outcomes is {@link HttpJsonClient}'s.
 */
final class LeaderFollowingClient implements Client {
    static final String REFUSAL = "not the leader";
    private static final int HOPS = 2;

    private final NodeAddress home;
    private final Duration timeout;
    private final Function<String, NodeAddress> byNodeId;
    private final Map<NodeAddress, HttpJsonClient> clients = new HashMap<>();
    private HttpClient status;
    private NodeAddress target;

    /** @param byNodeId the address of the node with the reference's id ("0", "1", ...), or null */
    LeaderFollowingClient(NodeAddress home, Duration timeout, Function<String, NodeAddress> byNodeId) {
        this.home = home;
        this.timeout = timeout;
        this.byNodeId = byNodeId;
    }

    @Override
    public void open() {
        status = HttpClient.newBuilder().connectTimeout(timeout).build();
        target = home;
    }

    @Override
    public Completion invoke(Request request) {
        Completion completion = client(target).invoke(request);
        for (int hop = 0; hop < HOPS && isRefusal(completion); hop++) {
            NodeAddress leader = leaderOf(target);
            if (leader == null || leader.equals(target)) {
                break;
            }
            target = leader;
            completion = client(target).invoke(request);
        }
        return completion;
    }

    static boolean isRefusal(Completion completion) {
        return completion.type() == OpType.FAIL && REFUSAL.equals(completion.error());
    }

    private HttpJsonClient client(NodeAddress address) {
        return clients.computeIfAbsent(address, a -> {
            HttpJsonClient client = new HttpJsonClient(a, timeout);
            client.open();
            return client;
        });
    }

    /** The leader {@code node} names in its status, or null if it names none or cannot say. */
    private NodeAddress leaderOf(NodeAddress node) {
        String leader = StatusReader.field(StatusReader.read(status, node, timeout), "leader");
        return leader == null ? null : byNodeId.apply(leader);
    }

    @Override
    public void close() {
        clients.values().forEach(HttpJsonClient::close);
        clients.clear();
        status = null;
    }
}
