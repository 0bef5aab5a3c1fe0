package dev.ballot.paxos.role;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Mutant;
import java.util.Collection;
import java.util.List;

/**
 * The acceptor of Paxos Made Simple §2.2, for every slot at once (§3): one promise covers all
 * slots from the prepare's on, and each slot keeps the proposal accepted with the highest ballot.
 * Every change is handed to the {@link Outbox} as a {@link Durable} record, so the answer that
 * depends on it leaves only after it is on disk. Slots up to {@link #compactedUpTo()} are chosen
 * and covered by a snapshot; their proposals are dropped.
 */
public final class Acceptor {
    private final Config config;
    private Ballot promised;
    private final Slots accepted;
    private long compactedUpTo;

    Acceptor(Config config, Ballot promised, Slots accepted, long compactedUpTo) {
        this.config = config;
        this.promised = promised;
        this.accepted = new Slots(accepted);
        this.compactedUpTo = compactedUpTo;
    }

    /**
     * Phase 1(b), §2.2: promise never to accept a ballot below {@code prepare}'s, and report the
     * accepted proposals from its slot on. A repeated prepare gets the same promise again.
     */
    public Body onPrepare(Body.Prepare prepare, Outbox out) {
        if (prepare.ballot().isBelow(promised)) {
            return new Body.Nack(prepare.ballot(), promised);
        }
        raise(prepare.ballot(), out);
        return new Body.Promise(prepare.ballot(), acceptedFrom(prepare.fromSlot()), null);
    }

    /**
     * Phase 2(b), §2.2: accept unless a higher ballot was promised (P1a). A slot already
     * compacted is chosen; the proposal is dropped without an answer.
     */
    public Body onAccept(Entry proposal, Outbox out) {
        boolean forgetsPromise = config.has(Mutant.FORGET_PROMISE);
        if (proposal.ballot().isBelow(promised) && !forgetsPromise) {
            return new Body.Nack(proposal.ballot(), promised);
        }
        if (proposal.slot() <= compactedUpTo) {
            return null;
        }
        raise(proposal.ballot(), out);
        accepted.put(proposal);
        record(new Durable.Accepted(proposal), out);
        return new Body.Accepted(proposal.ballot(), proposal.slot());
    }

    /** Raises the promise to {@code ballot}: promising more is always safe, only less is not. */
    public void raise(Ballot ballot, Outbox out) {
        if (ballot.isAbove(promised)) {
            promised = ballot;
            record(new Durable.Promised(ballot), out);
        }
    }

    /**
     * Takes over state gathered by the rejoin protocol: each slot keeps whichever proposal has
     * the higher ballot, the one known or the one adopted.
     */
    void adopt(Ballot ballot, Collection<Entry> proposals, Outbox out) {
        raise(ballot, out);
        for (Entry proposal : proposals) {
            Entry mine = accepted.get(proposal.slot());
            if (proposal.slot() > compactedUpTo && (mine == null || proposal.ballot().isAbove(mine.ballot()))) {
                accepted.put(proposal);
                record(new Durable.Accepted(proposal), out);
            }
        }
    }

    /** Drops the proposals of slots up to {@code slot}: a snapshot covers them. */
    public void compact(long slot) {
        accepted.removeUpTo(slot);
        compactedUpTo = Math.max(compactedUpTo, slot);
    }

    /** The mutant {@link Mutant#VOLATILE_ACCEPTOR} is exactly this: the record is never written. */
    private void record(Durable record, Outbox out) {
        if (!config.has(Mutant.VOLATILE_ACCEPTOR)) {
            out.persist(record);
        }
    }

    /**
     * Whether this acceptor accepted exactly {@code proposal} and wrote a record of it (so it is
     * durable once the step that accepted it is: never under {@link Mutant#VOLATILE_ACCEPTOR}).
     */
    boolean holdsDurably(Entry proposal) {
        Entry mine = accepted.get(proposal.slot());
        return !config.has(Mutant.VOLATILE_ACCEPTOR) && mine != null && (mine == proposal || mine.equals(proposal));
    }

    public Ballot promised() {
        return promised;
    }

    public long compactedUpTo() {
        return compactedUpTo;
    }

    /** The accepted proposals from {@code slot} on, in slot order, as an immutable list. */
    public List<Entry> acceptedFrom(long slot) {
        return accepted.holdsFrom(slot) ? List.copyOf(accepted.from(slot, Integer.MAX_VALUE)) : List.of();
    }

    void checkpoint(List<Durable> into) {
        if (config.has(Mutant.VOLATILE_ACCEPTOR)) {
            return;
        }
        if (promised.isAbove(Ballot.ZERO)) {
            into.add(new Durable.Promised(promised));
        }
        accepted.forEach(entry -> into.add(new Durable.Accepted(entry)));
    }
}
