package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the nemesis may have left broken, so that the end of a run can undo all of it. Marks are
 * set before a fault is attempted and cleared only after its undoing succeeded: a fault that threw
 * half-way is healed as if it had taken hold, which is safe because every undoing is idempotent.
 */
final class FaultState {
    private boolean netTouched;
    private final SortedSet<String> skewed = new TreeSet<>();
    private final SortedSet<String> paused = new TreeSet<>();
    private final SortedSet<String> dead = new TreeSet<>();

    synchronized void attempting(Fault fault) {
        if (fault instanceof Fault.Partition || fault instanceof Fault.PacketLoss) {
            netTouched = true;
        } else if (fault instanceof Fault.ClockOffset || fault instanceof Fault.ClockStrobe) {
            skewed.addAll(fault.targets());
        } else if (fault instanceof Fault.Kill) {
            dead.addAll(fault.targets());
        } else if (fault instanceof Fault.Pause) {
            paused.addAll(fault.targets());
        }
    }

    synchronized void applied(Fault fault) {
        if (fault instanceof Fault.Heal) {
            netTouched = false;
        } else if (fault instanceof Fault.ClockReset) {
            skewed.removeAll(fault.targets());
        } else if (fault instanceof Fault.Restart) {
            dead.removeAll(fault.targets());
        } else if (fault instanceof Fault.Resume) {
            paused.removeAll(fault.targets());
        }
    }

    /** The nodes whose process should be running and unfrozen now, in the given order. */
    synchronized List<String> live(Collection<String> nodes) {
        return nodes.stream().filter(n -> !dead.contains(n) && !paused.contains(n)).toList();
    }

    /** Heal, reset clocks, resume, restart: in that order, only what needs undoing. */
    synchronized List<Fault> healing() {
        List<Fault> undo = new ArrayList<>();
        if (netTouched) {
            undo.add(new Fault.Heal());
        }
        if (!skewed.isEmpty()) {
            undo.add(new Fault.ClockReset(List.copyOf(skewed)));
        }
        paused.forEach(node -> undo.add(new Fault.Resume(node)));
        dead.forEach(node -> undo.add(new Fault.Restart(node)));
        return undo;
    }
}
