package dev.ballot.paxos;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one {@link Replica#step} asks the shell to do, in this order:
 * <ol>
 *   <li>send {@code sendBeforePersist} (it may also wait; it may leave before or after the write);</li>
 *   <li>append {@code persist}, in order, and force it to disk if {@code syncBeforeSend};</li>
 *   <li>send {@code send} and deliver {@code replies} (in any order, any may be lost).</li>
 * </ol>
 * {@code learned} and {@code applied} are news for observers (logs, tests); they need no action.
 * A shell may merge the Readies of several steps into one batch (group commit): all their
 * {@code sendBeforePersist} first, then one write of all their records, one fsync if any of them
 * asks for it, then all the rest. It must finish a batch, fsync included, before it sends anything
 * of a later step: the rules below rely on that order.
 *
 * <h2>Proposer requests leave before this node's own records are durable</h2>
 * {@code sendBeforePersist} holds only the phase-1(a) {@code Prepare} and phase-2(a)
 * {@code Accept} messages of this node's own proposer, as in etcd-raft, where a leader sends its
 * appends before its own log write is durable. The proposer's records of the same step (its own
 * acceptor's promise of the ballot, its own acceptance of the proposal: it sends these requests to
 * itself first) are what a crash before the fsync may lose. That is safe because
 * <ul>
 *   <li>a request asserts nothing about the sender's disk. A {@code Prepare(b)} only asks; an
 *       {@code Accept(b, v)} is safe by phase 1 of {@code b}, which needed a peer's promise
 *       (a quorum is more than one node), hence a step after the one that sent the prepare and
 *       recorded this node's own promise of {@code b}: that promise was forced before. If the crash loses this node's acceptance, the others' acceptances are
 *       ordinary Paxos state: a later leader's phase 1 finds them;</li>
 *   <li>the own vote is counted toward a quorum only in memory, and what the count leads to (a
 *       value chosen, a client reply, a {@code Chosen} message, a phase 2 after a phase 1) is
 *       visible only through {@code send}, {@code replies} or a later step. Peers answer a
 *       request only after the shell sent it, so the answer that completes a quorum with the own
 *       vote is taken in a later step, whose output follows this step's fsync. The count never
 *       escapes before the vote is durable;</li>
 *   <li>a proposer that crashes before its own promise of {@code b} is durable restarts below
 *       {@code b} and may prepare {@code b} again; that reuse is harmless because no
 *       {@code Accept} at {@code b} can have left (its phase 1 needed a later step).</li>
 * </ul>
 * Everything else waits for the fsync: an acceptor's {@code Promise}, {@code Accepted} or
 * {@code Nack} states what its disk holds; heartbeats, {@code Chosen} news and rejoin answers
 * report what the node learned by counting.
 *
 * <h2>Lazy records</h2>
 * {@code syncBeforeSend} is false when every record of {@code persist} may be lost in a crash:
 * the shell writes them (in order with the others, so a later fsync covers them) but need not
 * force them before sending. The core writes a record lazily only if forgetting it returns the
 * node to an earlier state from which it recovers what it forgot; see
 * {@link Durable.Chosen} for the one such record.
 *
 * @param persist records for stable storage, in order
 * @param syncBeforeSend whether {@code persist} must be durable before {@code send} and {@code replies}
 * @param sendBeforePersist proposer requests to peers, which may leave before {@code persist} is durable
 * @param send messages to peers that leave only after {@code persist} (never to this node: the
 *     core delivers those itself)
 * @param replies answers to clients
 * @param learned proposals this node learned are chosen
 * @param applied commands the state machine executed
 */
public record Ready(List<Durable> persist, boolean syncBeforeSend, List<Message> sendBeforePersist,
                    List<Message> send, List<Reply> replies, List<Entry> learned, List<Applied> applied) {

    public Ready {
        persist = List.copyOf(persist);
        sendBeforePersist = List.copyOf(sendBeforePersist);
        send = List.copyOf(send);
        replies = List.copyOf(replies);
        learned = List.copyOf(learned);
        applied = List.copyOf(applied);
    }

    /** A Ready whose every message waits for {@code persist}, which is forced if not empty. */
    public Ready(List<Durable> persist, List<Message> send, List<Reply> replies, List<Entry> learned,
                 List<Applied> applied) {
        this(persist, !persist.isEmpty(), List.of(), send, replies, learned, applied);
    }

    /** Every message, those that may leave early first: for readers that do not care when. */
    public List<Message> messages() {
        if (sendBeforePersist.isEmpty()) {
            return send;
        }
        List<Message> all = new ArrayList<>(sendBeforePersist);
        all.addAll(send);
        return all;
    }

    public boolean isEmpty() {
        return persist.isEmpty() && sendBeforePersist.isEmpty() && send.isEmpty() && replies.isEmpty()
                && learned.isEmpty() && applied.isEmpty();
    }
}
