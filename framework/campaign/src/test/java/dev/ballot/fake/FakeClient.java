package dev.ballot.fake;

import dev.ballot.nemesis.NodeState;
import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.Request;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A client of a fake node. A dead node refuses (fail); a paused one never answers, so the client
 * waits out its timeout (info). With {@code misbehaving}, one request in five hangs until the
 * timeout and one in five makes the client throw, as a client for a node that answers garbage
 * might.
 */
final class FakeClient implements Client {
    private final FakeCluster cluster;
    private final String node;
    private final Duration timeout;
    private boolean open;

    FakeClient(FakeCluster cluster, String node, Duration timeout) {
        this.cluster = cluster;
        this.node = node;
        this.timeout = timeout;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public Completion invoke(Request request) {
        if (!open) {
            return Completion.fail("not open");
        }
        NodeState state = cluster.nodes.state(node);
        if (state == NodeState.DEAD) {
            return Completion.fail("connection refused");
        }
        int dice = new SplittableRandom(request.seq() * 1_000_003 + request.process()).nextInt(5);
        if (state == NodeState.PAUSED || (cluster.misbehaving && dice == 0)) {
            sleep(timeout.toMillis());
            return Completion.info("timed out");
        }
        if (cluster.misbehaving && dice == 1) {
            // Applied, then the reply is garbage: the client cannot know, and (wrongly) throws.
            cluster.store.apply(request);
            throw new IllegalStateException("garbled reply");
        }
        return cluster.store.apply(request);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open = false;
    }
}
