package dev.ballot.docker;

import dev.ballot.nemesis.NodeControl;
import dev.ballot.nemesis.NodeState;
import dev.ballot.sut.NodeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Starts, kills, wipes, pauses and resumes the node processes inside their containers, and
 * observes them in the container's process table.
 *
 * <p>A node is started with a detached {@code docker exec}, as user {@code ballot}: a shell writes
 * its pid to {@link NodeContainer#PID_FILE} and becomes the node's command ({@code exec}), with its
 * output appended to {@link NodeContainer#LOG_FILE}. Kill is {@code kill -9} of that pid, and
 * returns once the pid is gone. Pause and resume are SIGSTOP and SIGCONT of the node process, not
 * {@code docker pause}: that would freeze the whole container, and with it every
 * {@code docker exec} the harness needs for other faults and for reading the node's state. Wipe
 * empties the data directory, and refuses unless the process is dead.
 *
 * <p>A node's first start in the cluster gets the spec's first-start arguments; later starts,
 * after a crash or a wipe, do not. When the spec names the node's process by a pattern (a command
 * that hands the node over to another process), that process' pid replaces the command's in
 * {@link NodeContainer#PID_FILE} once the node is ready, so every fault acts on it.
 */
final class ProcessControl implements NodeControl {
    private static final String PID = "p=$(cat " + NodeContainer.PID_FILE + " 2>/dev/null) || exit 0; ";

    private final Map<String, NodeContainer> containers;
    private final NodeSpec spec;
    private final List<String> nodes;
    private final Map<String, String> extraEnvironment;
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    /** @param extraEnvironment added to each node's own environment (libfaketime's) */
    ProcessControl(Map<String, NodeContainer> containers, NodeSpec spec,
                   Map<String, String> extraEnvironment) {
        this.containers = containers;
        this.spec = spec;
        this.nodes = List.copyOf(containers.keySet());
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    @Override
    public void kill(String node) {
        exec(node).check("root", PID + "kill -9 \"$p\" 2>/dev/null; "
                + "for i in $(seq 100); do kill -0 \"$p\" 2>/dev/null || exit 0; sleep 0.05; done; "
                + "echo \"pid $p survived SIGKILL\" >&2; exit 1", NodeContainer.EXEC_TIMEOUT);
    }

    @Override
    public void start(String node) {
        if (state(node) != NodeState.DEAD) {
            return;
        }
        int id = nodes.indexOf(node) + 1;
        String command = spec.commandFor(id, nodes, started.add(node)).stream().map(Exec::quote)
                .collect(Collectors.joining(" "));
        Map<String, String> environment = new LinkedHashMap<>(spec.environmentFor(id, nodes));
        environment.putAll(extraEnvironment);
        exec(node).detached("ballot", "echo \"== ballot: starting " + node + " at $(date -u +%FT%TZ)\" >> "
                + NodeContainer.LOG_FILE + "; echo $$ > " + NodeContainer.PID_FILE + "; exec "
                + command + " >> " + NodeContainer.LOG_FILE + " 2>&1", environment);
        // A command that hands the node over to another process may end by design.
        ReadinessProbe.await(containers.get(node), spec.readiness(), spec.startTimeout(),
                () -> spec.process() == null && state(node) == NodeState.DEAD);
        if (spec.process() != null) {
            // The oldest match: this script, whose command line holds the pattern too, is newer.
            String pattern = Exec.quote(spec.process());
            exec(node).check("root", "p=$(pgrep -o -f -- " + pattern + ") || { echo \"no process "
                    + "matches \"" + pattern + " >&2; exit 1; }; echo \"$p\" > " + NodeContainer.PID_FILE,
                    NodeContainer.EXEC_TIMEOUT);
        }
    }

    @Override
    public void wipe(String node) {
        NodeState state = state(node);
        if (state != NodeState.DEAD) {
            throw new IllegalStateException("only a dead node can be wiped; " + node + " is " + state);
        }
        exec(node).check("root", "find " + Exec.quote(spec.dataDir()) + " -mindepth 1 -delete",
                NodeContainer.EXEC_TIMEOUT);
    }

    @Override
    public void pause(String node) {
        signal(node, "STOP");
    }

    @Override
    public void resume(String node) {
        signal(node, "CONT");
    }

    private void signal(String node, String signal) {
        exec(node).check("root", PID + "kill -" + signal + " \"$p\"", NodeContainer.EXEC_TIMEOUT);
    }

    /** From {@code ps}: no such process (or a zombie) is dead, state T is paused. */
    @Override
    public NodeState state(String node) {
        String stat = exec(node).run("root", PID + "ps -o stat= -p \"$p\"", NodeContainer.EXEC_TIMEOUT)
                .stdout().strip();
        if (stat.isEmpty() || stat.startsWith("Z") || stat.startsWith("X")) {
            return NodeState.DEAD;
        }
        return stat.startsWith("T") ? NodeState.PAUSED : NodeState.RUNNING;
    }

    private Exec exec(String node) {
        NodeContainer container = containers.get(node);
        if (container == null) {
            throw new IllegalArgumentException("no node " + node + " in " + nodes);
        }
        return container.exec();
    }
}
