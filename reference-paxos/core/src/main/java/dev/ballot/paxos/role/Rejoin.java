package dev.ballot.paxos.role;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The amnesiac's side of the rejoin protocol: how a node that lost its disk becomes an acceptor
 * again without breaking Paxos. The peers' side lives in {@link Node} (answering a rejoin),
 * {@link Peers} (dropping the old incarnation's messages) and {@link Votes} (taking back its
 * votes).
 *
 * <h2>The protocol (DESIGN.md, "Amnesia", with three additions)</h2>
 * <ol>
 *   <li>The node picks a fresh incarnation and does not vote: it answers no prepare, no accept,
 *       and proposes nothing. To another amnesiac's rejoin it answers only that it is rejoining
 *       too ({@code Rejoining}).</li>
 *   <li>It sends {@code Rejoin} to every peer until each has answered. A voting peer that gets it
 *       makes the new incarnation current (persisted), drops every later message of the old one,
 *       takes back the old incarnation's promises <em>and acceptances</em> (addition 1) from every
 *       quorum it is still counting, then answers with its promise, its accepted proposals, its
 *       chosen proposals with their ballots (addition 2), its snapshot, and the incarnation it
 *       takes as current for every other node.</li>
 *   <li>The answers are enough once every peer has answered, the amnesiacs (the node itself and
 *       the peers that answered rejoining) are fewer than a majority, and every voting answer
 *       names as current each rejoining peer's incarnation (addition 3). A voting answer that names an older one is asked for again, and so is a
 *       rejoining peer's answer while there are too few voting ones (it may vote by now).</li>
 *   <li>With enough answers in, the node promises the highest ballot among them, and for each
 *       slot accepts the proposal with the highest ballot among all accepted and chosen ones
 *       reported; it installs the newest snapshot. Only then does it vote.</li>
 * </ol>
 *
 * <h2>Why it is safe</h2>
 * Call R the old incarnation and R' the new one; V the peers that answered voting, W the others
 * (amnesiacs: each is a new incarnation whose old one, like R, is gone). Paxos stays safe if R'
 * behaves as R could have: whatever any <em>counted</em> vote of R implied must still hold for R'.
 *
 * <p>Start with the old incarnations of W. They are gone like crashed acceptors that never
 * return, which Paxos tolerates, with one difference: their messages may still be in flight.
 * Every member of V answered after it took W's new incarnations as current (addition 3), so it
 * had handled every message of theirs it ever will: what those did to its state is in its answer,
 * and later ones it drops. W's new incarnations have neither voted nor counted anything that R
 * voted (they know R' from its rejoin or its answer before they vote, and drop R's messages).
 *
 * <p>So what R's votes implied lives in V, and every member of V handled R's rejoin before it
 * answered. Each vote of R was counted either after its proposer handled the rejoin, where it is
 * dropped (old incarnation), or before, and then:
 * <ul>
 *   <li><b>A promise of ballot b counted in a phase 1.</b> If the phase 1 was still in progress
 *       at the rejoin, the vote was taken back and that phase 1 needs a fresh quorum. If it had
 *       completed, its proposer sent prepare(b) to itself first and persisted its own promise of
 *       at least b before it counted any answer (the prepare itself may leave earlier, see
 *       {@code Ready}). A proposer in V reports that promise, and R' never accepts below b
 *       (trap 2 of DESIGN.md). A proposer in W is gone; the accepts it sent at b reached members
 *       of V before their answers (which report them, so R' promises at least b) or never count.
 *       DESIGN.md's argument relies on another quorum member having promised b, but that member
 *       may promise b only after it answered the rejoin; the proposer's own promise is what makes
 *       the argument hold.</li>
 *   <li><b>An acceptance of (b, v) in slot s counted in a phase 2.</b> If the phase 2 had not
 *       chosen v yet, the vote was taken back. If it had, v is chosen: a majority accepted (b, v),
 *       and since W and R' are together fewer than a majority, a member of V is in it. That member,
 *       or the proposer that learned (b, v) chosen and persisted it before telling anyone (lazily
 *       if its own acceptor holds (b, v) durably, see {@code Durable.Chosen}), reports (b, v) as
 *       accepted or chosen, so R' accepts (b, v) or a higher-ballot proposal in s, which by
 *       Paxos' own invariant (§2.2 P2c) carries v too (trap 1). Counting only acceptors that
 *       voted for v is not enough: they may accept (b, v) after they answered the rejoin.</li>
 * </ul>
 * Every ballot R used as a proposer that reached any peer was promised there before the peer
 * answered, or went to a member of W and is gone with it, so R' proposes above every ballot that
 * any voter holds and never reuses a ballot with another value.
 *
 * <p>The cost: the node waits for every peer, so it stays out while any peer is down. Amnesiacs
 * rejoin together as long as fewer than a majority of nodes lost their disks at once; a majority
 * that lost them may have held the only copies of a chosen value, and then nobody rejoins (never
 * unsafe, but stuck). That includes the single node of a cluster of one.
 */
public final class Rejoin {
    /** A peer's answer: its incarnation, and the incarnations it takes as current (null if rejoining). */
    private record Answer(long incarnation, Map<Integer, Long> incarnations) {
        boolean voting() {
            return incarnations != null;
        }
    }

    private final Config config;
    private final Map<Integer, Answer> answers = new HashMap<>();
    private Ballot promised = Ballot.ZERO;
    private final TreeMap<Long, Entry> accepted = new TreeMap<>();
    private final TreeMap<Long, Entry> chosen = new TreeMap<>();
    private Snapshot snapshot;
    private int ticks;

    Rejoin(Config config) {
        this.config = config;
    }

    /** Asks every peer that has not answered (or whose answer was set aside). */
    void start(Outbox out) {
        for (int node = 0; node < config.clusterSize(); node++) {
            if (node != config.id() && !answers.containsKey(node)) {
                out.send(node, new Body.Rejoin());
            }
        }
    }

    /** Asks again the peers without an answer, in case a message was lost. */
    void onTick(Outbox out) {
        if (++ticks % config.timing().retryTicks() == 0) {
            start(out);
        }
    }

    /**
     * True once the answers are enough. Sets aside, to be asked again at the next retry, the
     * answers that are not enough yet: rejoining ones while the voting ones are too few, and both
     * sides of a disagreement on an amnesiac's incarnation.
     */
    boolean complete() {
        if (answers.size() < config.clusterSize() - 1) {
            return false;
        }
        List<Integer> amnesiacs = new ArrayList<>();
        answers.forEach((node, answer) -> {
            if (!answer.voting()) {
                amnesiacs.add(node);
            }
        });
        // The majority, not the quorum a mutant may count: this rule is about whose disks hold
        // every chosen value, which only a majority's do.
        if (amnesiacs.size() + 1 >= config.majority()) {
            amnesiacs.forEach(answers::remove);
            return false;
        }
        List<Integer> setAside = new ArrayList<>();
        for (int amnesiac : amnesiacs) {
            Long incarnation = answers.get(amnesiac).incarnation();
            answers.forEach((node, answer) -> {
                if (answer.voting() && !incarnation.equals(answer.incarnations().get(amnesiac))) {
                    setAside.add(node);
                    setAside.add(amnesiac);
                }
            });
        }
        setAside.forEach(answers::remove);
        return setAside.isEmpty();
    }

    /** Takes in a voting peer's answer; true once the answers are enough. */
    boolean onReply(int from, long incarnation, Body.RejoinReply reply) {
        answers.put(from, new Answer(incarnation, reply.incarnations()));
        promised = Ballot.max(promised, reply.promised());
        reply.accepted().forEach(entry -> keepHighest(accepted, entry));
        reply.chosen().forEach(entry -> keepHighest(accepted, entry));
        reply.chosen().forEach(entry -> chosen.put(entry.slot(), entry));
        if (reply.snapshot() != null && (snapshot == null || reply.snapshot().slot() > snapshot.slot())) {
            snapshot = reply.snapshot();
        }
        return complete();
    }

    /** Takes in the answer of a peer that is rejoining too; true once the answers are enough. */
    boolean onRejoining(int from, long incarnation) {
        answers.put(from, new Answer(incarnation, null));
        return complete();
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
