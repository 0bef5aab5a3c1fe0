package dev.ballot.paxos.multi;

import dev.ballot.paxos.Applied;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Snapshot;
import dev.ballot.paxos.Value;
import dev.ballot.paxos.role.DurableState;
import dev.ballot.paxos.role.Node;
import dev.ballot.paxos.role.Slots;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's log (Paxos Made Simple §3): the slots learned chosen, applied to the state
 * machine in slot order as soon as there is no gap. Every {@code snapshotEvery} applied slots the
 * state machine is snapshotted and everything up to the snapshot is compacted away, here and in
 * the acceptor, so neither grows without bound. Learned slots are persisted before they are told
 * to anyone, or lazily where this node's own durable acceptance of the same proposal stands in
 * for the record (the rejoin protocol relies on one or the other, see {@code Durable.Chosen}),
 * and kept until compacted, to serve laggards.
 */
final class Log {
    private final Node node;
    private final KvStateMachine machine;
    private final Slots chosen;
    private Snapshot snapshot;
    private long applied;

    Log(Node node, KvStateMachine machine, DurableState state) {
        this.node = node;
        this.machine = machine;
        this.chosen = state.chosen();
        this.snapshot = state.snapshot();
        if (snapshot != null) {
            machine.restore(snapshot);
            applied = snapshot.slot();
        }
        applyReady();
    }

    /** Every slot up to this one is chosen and applied. */
    long commitIndex() {
        return applied;
    }

    /** The highest slot known chosen, gaps or not. */
    long highestChosen() {
        return chosen.isEmpty() ? applied : Math.max(applied, chosen.lastSlot());
    }

    long snapshotSlot() {
        return snapshot == null ? 0 : snapshot.slot();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** The chosen proposal of {@code slot} if known and not compacted, else null. */
    Entry chosenAt(long slot) {
        return chosen.get(slot);
    }

    /** Learns that {@code entry} is chosen; false if it was known (or compacted) already. */
    boolean learn(Entry entry) {
        if (entry.slot() <= snapshotSlot() || chosen.contains(entry.slot())) {
            return false;
        }
        chosen.put(entry);
        node.persistChosen(entry);
        node.out().learned(entry);
        return true;
    }

    /** Applies every slot that follows the applied ones without a gap; returns their commands. */
    List<Command> applyReady() {
        List<Command> commands = List.of();
        for (Entry next = chosen.get(applied + 1); next != null; next = chosen.get(applied + 1)) {
            applied++;
            List<Applied> executed = machine.apply(next.slot(), next.value());
            for (int i = 0; i < executed.size(); i++) {
                node.out().applied(executed.get(i));
            }
            if (next.value() instanceof Value.Batch batch) {
                // Most calls apply nothing (the next slot is not chosen yet): no list for those.
                if (commands.isEmpty()) {
                    commands = new ArrayList<>();
                }
                commands.addAll(batch.commands());
            }
        }
        return commands;
    }

    /** Snapshots and compacts once {@code snapshotEvery} slots were applied since the last time. */
    void maybeCompact() {
        if (applied - snapshotSlot() >= node.config().timing().snapshotEvery()) {
            compactTo(machine.snapshot(applied));
        }
    }

    /** Installs a snapshot from a peer if it is ahead of this log; then applies what follows. */
    List<Command> install(Snapshot newer) {
        if (newer == null || newer.slot() <= applied) {
            return List.of();
        }
        machine.restore(newer);
        applied = newer.slot();
        compactTo(newer);
        return applyReady();
    }

    private void compactTo(Snapshot taken) {
        snapshot = taken;
        node.out().persist(new Durable.Compacted(taken));
        chosen.removeUpTo(taken.slot());
        node.acceptor().compact(taken.slot());
    }

    /** At most {@code max} chosen proposals from {@code slot} on, in order. */
    List<Entry> entriesFrom(long slot, int max) {
        return chosen.from(slot, max);
    }

    void checkpoint(List<Durable> into) {
        if (snapshot != null) {
            into.add(new Durable.Compacted(snapshot));
        }
        chosen.forEach(entry -> into.add(new Durable.Chosen(entry)));
    }
}
