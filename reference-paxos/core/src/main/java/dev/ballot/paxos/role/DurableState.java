package dev.ballot.paxos.role;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What a node's durable records say, folded in order: later records supersede earlier ones, and
 * a snapshot makes every record of the slots it covers obsolete. The protocol reads its part back
 * from here on recovery.
 *
 * <p>A shell that keeps its records in memory may fold them as they become durable and hand the
 * fold to {@link Node#recover(dev.ballot.paxos.Config, java.util.random.RandomGenerator,
 * DurableState, Node.ProtocolFactory)}, instead of replaying the whole file on every restart: a
 * replica copies what it reads from here, so the shell may go on adding records afterwards.
 */
public final class DurableState {
    long incarnation = -1;
    boolean voting;
    final List<Durable.PeerIncarnation> peers = new ArrayList<>();
    Ballot promised = Ballot.ZERO;
    final Slots accepted = new Slots();
    private final Slots chosen = new Slots();
    private Snapshot snapshot;

    /** The fold of {@code records}, in order. */
    public static DurableState of(List<Durable> records) {
        DurableState state = new DurableState();
        for (int i = 0; i < records.size(); i++) {
            state.add(records.get(i));
        }
        return state;
    }

    /** Folds in the next record, which supersedes what came before it. */
    public void add(Durable record) {
        if (record instanceof Durable.Incarnation r) {
            incarnation = r.id();
        } else if (record instanceof Durable.Voting) {
            voting = true;
        } else if (record instanceof Durable.PeerIncarnation r) {
            peers.add(r);
        } else if (record instanceof Durable.Promised r) {
            promised = Ballot.max(promised, r.ballot());
        } else if (record instanceof Durable.Accepted r) {
            accepted.put(r.entry());
        } else if (record instanceof Durable.Chosen r) {
            chosen.put(r.entry());
        } else if (record instanceof Durable.Compacted r) {
            snapshot = r.snapshot();
            accepted.removeUpTo(snapshot.slot());
            chosen.removeUpTo(snapshot.slot());
        } else {
            throw new AssertionError(record);
        }
    }

    /** The chosen proposals above the snapshot, by slot. */
    public Slots chosen() {
        return new Slots(chosen);
    }

    /** The latest snapshot, or null. */
    public Snapshot snapshot() {
        return snapshot;
    }
}
