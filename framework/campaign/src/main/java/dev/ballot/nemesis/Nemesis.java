package dev.ballot.nemesis;

import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies faults through the mechanisms and verifies that each took hold: after a cut the
 * {@link Net} probes every link between live nodes; after a clock change the node's wall clock is
 * read back and must be within the tolerance; after a kill, pause, resume or restart the process
 * must be observed in the expected state. A fault that cannot be applied or verified throws
 * {@link FaultException}: an error of the run, never skipped.
 *
 * <p>It remembers what it broke; {@link #healing()} lists what undoes it, for the end of a run.
 * Faults are applied one at a time (the methods are synchronized).
 */
public final class Nemesis {
    private final List<String> nodes;
    private final Net net;
    private final NodeControl control;
    private final Clocks clocks;
    private final InstantSource wallClock;
    private final double toleranceSeconds;
    private final Duration settle;
    private final FaultState state = new FaultState();

    /**
     * @param wallClock the harness' true time, against which nodes' clocks are read back
     * @param clockTolerance how far a read-back clock may be from the expected offset (reading a
     *     clock inside a container takes time)
     * @param settle how long a process may take to reach the state a fault asks for
     */
    public Nemesis(List<String> nodes, Net net, NodeControl control, Clocks clocks,
                   InstantSource wallClock, Duration clockTolerance, Duration settle) {
        this.nodes = List.copyOf(nodes);
        this.net = net;
        this.control = control;
        this.clocks = clocks;
        this.wallClock = wallClock;
        this.toleranceSeconds = clockTolerance.toNanos() / 1e9;
        this.settle = settle;
    }

    /**
     * Applies and verifies one fault.
     *
     * @return plain data for the history's {@code info} event: the fault's value, with what was
     *     observed when verifying it (a clock's read-back offset)
     * @throws FaultException if the fault could not be applied or did not take hold
     */
    public synchronized Object apply(Fault fault) {
        state.attempting(fault);
        Object observed;
        try {
            observed = applyAndVerify(fault);
        } catch (FaultException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FaultException(fault, "could not apply: " + e.getMessage(), e);
        }
        state.applied(fault);
        return observed;
    }

    /** What undoes every fault applied so far: heal, reset clocks, resume, restart. */
    public synchronized List<Fault> healing() {
        return state.healing();
    }

    private Object applyAndVerify(Fault fault) {
        if (fault instanceof Fault.Partition partition) {
            net.cut(partition.grudge());
            return verifyNet(fault, partition.grudge());
        } else if (fault instanceof Fault.Heal) {
            net.heal();
            return verifyNet(fault, Grudge.none());
        } else if (fault instanceof Fault.PacketLoss loss) {
            net.loss(loss.nodes(), loss.probability());
            return fault.value();
        } else if (fault instanceof Fault.ClockOffset offset) {
            clocks.offset(offset.node(), offset.seconds());
            return verifyClock(fault, offset.node(), offset.seconds(), offset.seconds());
        } else if (fault instanceof Fault.ClockStrobe strobe) {
            clocks.strobe(strobe.node(), strobe.seconds(), strobe.periodMs(), strobe.durationMs());
            // A strobing clock is read at either end of its swing.
            return verifyClock(fault, strobe.node(), 0, strobe.seconds());
        } else if (fault instanceof Fault.ClockReset reset) {
            Map<String, Object> observed = new LinkedHashMap<>();
            for (String node : reset.nodes()) {
                clocks.reset(node);
                observed.put(node, verifyClock(fault, node, 0, 0).get("observed"));
            }
            return Map.of("nodes", reset.nodes(), "observed", observed);
        } else if (fault instanceof Fault.Kill kill) {
            control.kill(kill.node());
            return awaitState(fault, kill.node(), NodeState.DEAD);
        } else if (fault instanceof Fault.Restart restart) {
            control.start(restart.node());
            return awaitState(fault, restart.node(), NodeState.RUNNING);
        } else if (fault instanceof Fault.Wipe wipe) {
            NodeState before = control.state(wipe.node());
            if (before != NodeState.DEAD) {
                throw new FaultException(fault, "only a dead node can be wiped, this one is " + before);
            }
            control.wipe(wipe.node());
            return fault.value();
        } else if (fault instanceof Fault.Pause pause) {
            control.pause(pause.node());
            return awaitState(fault, pause.node(), NodeState.PAUSED);
        } else if (fault instanceof Fault.Resume resume) {
            control.resume(resume.node());
            return awaitState(fault, resume.node(), NodeState.RUNNING);
        }
        throw new AssertionError(fault);
    }

    private Object verifyNet(Fault fault, Grudge expected) {
        List<Link> wrong = net.verify(expected, state.live(nodes));
        if (!wrong.isEmpty()) {
            throw new FaultException(fault, "the network does not match the grudge on links " + wrong);
        }
        return fault.value();
    }

    /** Reads the node's clock back; its offset must be near {@code low} or near {@code high}. */
    private Map<String, Object> verifyClock(Fault fault, String node, double low, double high) {
        double offset = (clocks.read(node).toEpochMilli() - wallClock.millis()) / 1000.0;
        if (Math.abs(offset - low) > toleranceSeconds && Math.abs(offset - high) > toleranceSeconds) {
            throw new FaultException(fault, "the clock of " + node + " reads " + offset
                    + " s from true time, expected " + (low == high ? low : low + " or " + high));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        if (fault.value() instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> value.put((String) k, v));
        }
        value.put("observed", offset);
        return value;
    }

    private Object awaitState(Fault fault, String node, NodeState expected) {
        long deadline = System.nanoTime() + settle.toNanos();
        NodeState seen = control.state(node);
        while (seen != expected && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FaultException(fault, "interrupted while waiting for " + node, e);
            }
            seen = control.state(node);
        }
        if (seen != expected) {
            throw new FaultException(fault, node + " is " + seen + ", expected " + expected
                    + " after " + settle.toMillis() + " ms");
        }
        return fault.value();
    }
}
