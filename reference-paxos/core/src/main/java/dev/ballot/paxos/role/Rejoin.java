package dev.ballot.paxos.role;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Snapshot;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The amnesiac's side of the rejoin protocol: how a node that lost its disk becomes an acceptor
 * again without breaking Paxos. The peers' side lives in {@link Node} (answering a rejoin),
 * {@link Peers} (dropping the old incarnation's messages) and {@link Votes} (taking back its
 * votes).
 *
 * <h2>The protocol (DESIGN.md, "Amnesia", with two additions)</h2>
 * <ol>
 *   <li>The node picks a fresh incarnation and does not vote: it answers no prepare, no accept,
 *       no rejoin, and proposes nothing.</li>
 *   <li>It sends {@code Rejoin} to every peer until each has answered. A voting peer that gets it
 *       makes the new incarnation current (persisted), drops every later message of the old one,
 *       takes back the old incarnation's promises <em>and acceptances</em> (addition 1) from every
 *       quorum it is still counting, then answers with its promise, its accepted proposals, its
 *       chosen proposals with their ballots (addition 2) and its snapshot.</li>
 *   <li>With all answers in, the node promises the highest ballot among them, and for each slot
 *       accepts the proposal with the highest ballot among all accepted and chosen ones reported;
 *       it installs the newest snapshot. Only then does it vote.</li>
 * </ol>
 *
 * <h2>Why it is safe</h2>
 * Call R the old incarnation and R' the new one. Paxos stays safe if R' behaves as R could have:
 * whatever any <em>counted</em> vote of R implied must still hold for R'. A vote of R is counted
 * by the proposer that receives it, and every proposer answers R's rejoin before R' votes. So
 * each vote of R was counted either after that proposer handled the rejoin, where it is dropped
 * (old incarnation), or before, and then:
 * <ul>
 *   <li><b>A promise of ballot b counted in a phase 1.</b> If the phase 1 was still in progress
 *       at the rejoin, the vote was taken back and that phase 1 needs a fresh quorum. If it had
 *       completed, its proposer sent prepare(b) to itself first and persisted its own promise of
 *       at least b before it counted any answer (the prepare itself may leave earlier, see
 *       {@code Ready}), so its answer reports a promise of at least b and R'
 *       never accepts below b (trap 2 of DESIGN.md). DESIGN.md's argument relies on another quorum
 *       member having promised b, but that member may promise b only after it answered the
 *       rejoin; the proposer's own promise is what makes the argument hold.</li>
 *   <li><b>An acceptance of (b, v) in slot s counted in a phase 2.</b> If the phase 2 had not
 *       chosen v yet, the vote was taken back. If it had, the proposer learned (b, v) chosen and
 *       persisted that before telling anyone, unless its own acceptor holds (b, v) durably, in
 *       which case the record is lazy ({@code Durable.Chosen}) and a crash may turn it back into
 *       that acceptance. Its answer reports (b, v) as chosen or as accepted, so R' accepts
 *       (b, v) or a higher-ballot proposal in s, which by Paxos' own invariant (§2.2 P2c) carries
 *       v too (trap 1). Counting only acceptors is not enough: the other acceptors of the quorum
 *       may accept (b, v) after they answered the rejoin.</li>
 * </ul>
 * Every ballot R used as a proposer that reached any peer was promised there before the peer
 * answered, so R' proposes above all of them and never reuses a ballot with another value.
 *
 * <p>The cost: the node waits for every peer, so it stays out while any peer is down; two nodes
 * wiped at the same time wait for each other forever (never unsafe, but stuck).
 */
public final class Rejoin {
    private final Config config;
    private final Set<Integer> waiting = new HashSet<>();
    private Ballot promised = Ballot.ZERO;
    private final TreeMap<Long, Entry> accepted = new TreeMap<>();
    private final TreeMap<Long, Entry> chosen = new TreeMap<>();
    private Snapshot snapshot;
    private int ticks;

    Rejoin(Config config) {
        this.config = config;
        for (int node = 0; node < config.clusterSize(); node++) {
            if (node != config.id()) {
                waiting.add(node);
            }
        }
    }

    void start(Outbox out) {
        waiting.forEach(peer -> out.send(peer, new Body.Rejoin()));
    }

    /** Asks again the peers that have not answered, in case a message was lost. */
    void onTick(Outbox out) {
        if (++ticks % config.timing().retryTicks() == 0) {
            start(out);
        }
    }

    /** True once every peer has answered (at once in a cluster of one). */
    boolean complete() {
        return waiting.isEmpty();
    }

    /** Takes in one peer's answer; true once every peer has answered. */
    boolean onReply(int from, Body.RejoinReply reply) {
        if (waiting.remove(from)) {
            promised = Ballot.max(promised, reply.promised());
            reply.accepted().forEach(entry -> keepHighest(accepted, entry));
            reply.chosen().forEach(entry -> keepHighest(accepted, entry));
            reply.chosen().forEach(entry -> chosen.put(entry.slot(), entry));
            if (reply.snapshot() != null && (snapshot == null || reply.snapshot().slot() > snapshot.slot())) {
                snapshot = reply.snapshot();
            }
        }
        return waiting.isEmpty();
    }

    private static void keepHighest(TreeMap<Long, Entry> slots, Entry entry) {
        slots.merge(entry.slot(), entry, (a, b) -> b.ballot().isAbove(a.ballot()) ? b : a);
    }

    /** The promise to make: the highest any peer reported, and at least every adopted ballot. */
    Ballot promised() {
        Ballot highest = promised;
        for (Entry entry : accepted.values()) {
            highest = Ballot.max(highest, entry.ballot());
        }
        return highest;
    }

    /** Per slot above the newest snapshot, the highest-ballot proposal any peer accepted or chose. */
    Collection<Entry> accepted() {
        return accepted.tailMap(snapshotSlot(), false).values();
    }

    /** The proposals peers reported chosen, above the newest snapshot. */
    List<Entry> chosen() {
        return List.copyOf(chosen.tailMap(snapshotSlot(), false).values());
    }

    /** The newest snapshot any peer reported, or null. */
    public Snapshot snapshot() {
        return snapshot;
    }

    private long snapshotSlot() {
        return snapshot == null ? -1 : snapshot.slot();
    }
}
