package dev.ballot.paxos;

import java.util.List;
import java.util.Map;

/** What a {@link Message} says. Names follow Paxos Made Simple. */
public sealed interface Body {

    /** Phase 1(a): promise {@code ballot} for every slot from {@code fromSlot} on (§2.2, §3). */
    record Prepare(Ballot ballot, long fromSlot) implements Body {
    }

    /**
     * Phase 1(b): a promise, with the acceptor's accepted proposals from the prepare's slot on.
     * {@code snapshot} is set when the proposer asked from a slot the acceptor already compacted.
     */
    record Promise(Ballot ballot, List<Entry> accepted, Snapshot snapshot) implements Body {
        public Promise {
            accepted = List.copyOf(accepted);
        }
    }

    /** Phase 2(a): accept {@code proposal}. {@code commitIndex} is the leader's, for followers. */
    record Accept(Entry proposal, long commitIndex) implements Body {
    }

    /** Phase 2(b): the acceptor accepted slot {@code slot} at {@code ballot}. */
    record Accepted(Ballot ballot, long slot) implements Body {
    }

    /** A refusal of a prepare or accept at {@code ballot}: the acceptor promised {@code promised}. */
    record Nack(Ballot ballot, Ballot promised) implements Body {
    }

    /**
     * Learners' news (§2.3) and catch-up: these slots are chosen. {@code snapshot}, if set, covers
     * every slot up to its own and comes first.
     */
    record Chosen(Snapshot snapshot, List<Entry> entries) implements Body {
        public Chosen {
            entries = List.copyOf(entries);
        }
    }

    /** The leader of {@code ballot} is alive and has chosen every slot up to {@code commitIndex}. */
    record Heartbeat(Ballot ballot, long commitIndex, long seq) implements Body {
    }

    /** The acceptor still follows {@code ballot}; answers heartbeat {@code seq}. */
    record HeartbeatAck(Ballot ballot, long seq) implements Body {
    }

    /** A lagging learner asks for the chosen slots from {@code fromSlot} on. */
    record Fetch(long fromSlot) implements Body {
    }

    /** An amnesiac node, under the message's incarnation, asks for everything peers know. */
    record Rejoin() implements Body {
    }

    /**
     * A voting peer's answer to {@link Rejoin} from incarnation {@code forIncarnation}: the
     * incarnation it takes as current for each other node it knows, its promise, its accepted and
     * chosen proposals above its snapshot, and its snapshot (or null).
     */
    record RejoinReply(long forIncarnation, Map<Integer, Long> incarnations, Ballot promised, List<Entry> accepted,
                       List<Entry> chosen, Snapshot snapshot) implements Body {
        public RejoinReply {
            incarnations = Map.copyOf(incarnations);
            accepted = List.copyOf(accepted);
            chosen = List.copyOf(chosen);
        }
    }

    /**
     * The answer to {@link Rejoin} from incarnation {@code forIncarnation} of a peer that is
     * rejoining too, under the message's incarnation: it knows nothing and votes in nothing.
     */
    record Rejoining(long forIncarnation) implements Body {
    }
}
