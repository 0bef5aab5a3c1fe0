package dev.ballot.paxos.multi;

import dev.ballot.paxos.Command;
import dev.ballot.paxos.Config;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linearizable reads without the log (the read index of Raft §6.4): the leader gathers the reads
 * that arrive, notes its read index, confirms with one heartbeat round to a majority that it still
 * leads, and answers the whole batch from local state once it has applied up to that index.
 *
 * <h2>Why the answer is linearizable</h2>
 * Take a write completed (answered) before the read arrived; the answer must reflect it.
 * <ul>
 * <li>It was chosen at a ballot no higher than this leader's. A higher ballot b' needs a phase 1
 * at a majority Q' before any write of b' completes, so before the read arrived, so before the
 * confirming heartbeat left. The majority Q that acknowledged that heartbeat (this leader
 * included) meets Q' in some acceptor. If it is this node, it promised b' and stepped down
 * before the read arrived, so it refused the read. Otherwise that acceptor had promised b' when
 * the heartbeat reached it and answered with a nack, not an acknowledgement. A wiped acceptor
 * answers nothing until it has rejoined, and an acknowledgement of an incarnation since wiped is
 * taken back ({@link #discard}).</li>
 * <li>If it was chosen below this leader's ballot, its slot is at most the end of the open range
 * this leader adopted in phase 1; if at this ballot, this leader learned it chosen and applied it
 * before answering (only the leader of a ballot answers its writes). The read index is the
 * larger of the commit index and the open range's end, noted after the read arrived, so the
 * state the read sees has applied the write.</li>
 * </ul>
 * And the read sees only writes that were chosen, which happen no later than the read's answer.
 * The {@code stale-read} mutant is this protocol without the confirming round.
 */
final class ReadIndex {
    /** One batch of reads: confirmed once a majority acknowledged heartbeat {@code seq}. */
    private record Round(long seq, long index, List<Command> reads) {
    }

    private final Config config;
    /** Per follower, whether it acknowledged, its highest acknowledged heartbeat and the incarnation that did. */
    private final boolean[] acked;
    private final long[] ackedSeq;
    private final long[] ackedBy;
    /** Room to sort the acknowledged heartbeats in, kept to spare an allocation per acknowledgement. */
    private final long[] sorted;
    private final ArrayDeque<Round> rounds = new ArrayDeque<>();
    private List<Command> queued = new ArrayList<>();
    private long confirmed = Long.MIN_VALUE;

    ReadIndex(Config config) {
        this.config = config;
        this.acked = new boolean[config.clusterSize()];
        this.ackedSeq = new long[config.clusterSize()];
        this.ackedBy = new long[config.clusterSize()];
        this.sorted = new long[config.clusterSize()];
    }

    /** Takes in a read; true if a confirming round should start now (none is in flight). */
    boolean add(Command read) {
        queued.add(read);
        return !roundInFlight();
    }

    /** Whether reads wait for a round to start. */
    boolean waiting() {
        return !queued.isEmpty() && !roundInFlight();
    }

    private boolean roundInFlight() {
        return !rounds.isEmpty() && rounds.peekLast().seq() > confirmed;
    }

    /** Puts every queued read in a round confirmed by heartbeat {@code seq}, at {@code index}. */
    void start(long seq, long index) {
        rounds.add(new Round(seq, index, queued));
        queued = new ArrayList<>();
        if (config.quorum() == 1) {
            confirmed = Long.MAX_VALUE;
        }
    }

    /** A follower acknowledged heartbeat {@code seq} of the current ballot. */
    void acked(int from, long incarnation, long seq) {
        if (!acked[from] || ackedSeq[from] < seq || ackedBy[from] != incarnation) {
            acked[from] = true;
            ackedSeq[from] = seq;
            ackedBy[from] = incarnation;
        }
        confirmed = Math.max(confirmed, majoritySeq());
    }

    /** The highest heartbeat a majority (this leader and quorum - 1 followers) acknowledged. */
    private long majoritySeq() {
        int needed = config.quorum() - 1;
        if (needed <= 0) {
            return Long.MAX_VALUE;
        }
        int count = 0;
        for (int node = 0; node < acked.length; node++) {
            if (acked[node]) {
                sorted[count++] = ackedSeq[node];
            }
        }
        if (count < needed) {
            return Long.MIN_VALUE;
        }
        Arrays.sort(sorted, 0, count);
        return sorted[count - needed];
    }

    /** Removes and returns the reads confirmed and covered by {@code applied}. */
    List<Command> ready(long applied) {
        List<Command> ready = List.of();
        while (!rounds.isEmpty() && rounds.peek().seq() <= confirmed && rounds.peek().index() <= applied) {
            if (ready.isEmpty()) {
                ready = new ArrayList<>();
            }
            ready.addAll(rounds.poll().reads());
        }
        return ready;
    }

    /** Forgets everything; returns the reads not answered (they certainly did not happen). */
    List<Command> clear() {
        List<Command> dropped = new ArrayList<>(queued);
        rounds.forEach(round -> dropped.addAll(round.reads()));
        rounds.clear();
        queued = new ArrayList<>();
        Arrays.fill(acked, false);
        confirmed = Long.MIN_VALUE;
        return dropped;
    }

    /** Takes back {@code node}'s acknowledgement unless it came from {@code current}. */
    void discard(int node, long current) {
        if (acked[node] && ackedBy[node] != current) {
            acked[node] = false;
        }
    }
}
