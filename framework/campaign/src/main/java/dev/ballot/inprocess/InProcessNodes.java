package dev.ballot.inprocess;

import dev.ballot.nemesis.NodeControl;
import dev.ballot.nemesis.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node processes as a map of states, which the clients obey (a dead node refuses, a paused one
 * never answers); records every call. A wipe loses nothing: the store is shared by all nodes.
 */
public final class InProcessNodes implements NodeControl {
    private final List<String> calls = new ArrayList<>();
    private final Map<String, NodeState> states = new ConcurrentHashMap<>();
    private volatile boolean survivesKill;

    public InProcessNodes(List<String> nodes) {
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

    /** Every call so far, as {@code kill n1}, {@code start n1}... */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /**
     * From now on kills are recorded but the process survives: a kill that did not take, which the
     * nemesis must report.
     */
    public void surviveKills() {
        survivesKill = true;
    }

    private synchronized void record(String call, String node, NodeState after) {
        calls.add(call + " " + node);
        states.put(node, after);
    }
}
