package dev.ballot.inprocess;

import dev.ballot.nemesis.NodeState;
import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.Request;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A client of one in-process node: it answers at once from the cluster's store, unless the node is
 * down (a refusal: fail) or paused (no answer: the client waits out its timeout, info). With
 * {@link Flaw#MISBEHAVING_CLIENTS} it hangs or throws on one request in five each, chosen by the
 * request's process and sequence number so that a seed replays the same misbehaviour.
 */
final class InProcessClient implements Client {
    private final InProcessNodes nodes;
    private final LinearizableStore store;
    private final boolean misbehaving;
    private final String node;
    private final Duration timeout;
    private boolean open;

    InProcessClient(InProcessNodes nodes, LinearizableStore store, boolean misbehaving, String node,
                    Duration timeout) {
        this.nodes = nodes;
        this.store = store;
        this.misbehaving = misbehaving;
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
        NodeState state = nodes.state(node);
        if (state == NodeState.DEAD) {
            return Completion.fail("connection refused");
        }
        int dice = misbehaving
                ? new SplittableRandom(request.seq() * 1_000_003 + request.process()).nextInt(5)
                : -1;
        if (state == NodeState.PAUSED || dice == 0) {
            sleep(timeout.toMillis());
            return Completion.info("timed out");
        }
        if (dice == 1) {
            // Applied, then the reply is garbage: the client cannot know, and (wrongly) throws.
            store.apply(request);
            throw new IllegalStateException("garbled reply");
        }
        return store.apply(request);
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
