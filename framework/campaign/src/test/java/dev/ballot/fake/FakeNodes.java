package dev.ballot.fake;

import dev.ballot.nemesis.NodeControl;
import dev.ballot.nemesis.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Node processes as a map of states; records every call. */
public final class FakeNodes implements NodeControl {
    public final List<String> calls = new ArrayList<>();
    /** When set, kills are recorded but the process survives: a kill that did not take. */
    public volatile boolean survivesKill;
    private final Map<String, NodeState> states = new ConcurrentHashMap<>();

    public FakeNodes(List<String> nodes) {
        nodes.forEach(node -> states.put(node, NodeState.RUNNING));
    }

    @Override
    public void kill(String node) {
        record("kill", node, survivesKill ? NodeState.RUNNING : NodeState.DEAD);
    }

    @Override
    public void start(String node) {
        record("start", node, NodeState.RUNNING);
    }

    @Override
    public void wipe(String node) {
        record("wipe", node, NodeState.DEAD);
    }

    @Override
    public void pause(String node) {
        record("pause", node, NodeState.PAUSED);
    }

    @Override
    public void resume(String node) {
        record("resume", node, NodeState.RUNNING);
    }

    @Override
    public NodeState state(String node) {
        return states.get(node);
    }

    private synchronized void record(String call, String node, NodeState after) {
        calls.add(call + " " + node);
        states.put(node, after);
    }
}
