package dev.ballot.paxos.single;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.role.Node;
import dev.ballot.paxos.role.Outbox;
import java.util.List;

/**
 * The learner of Paxos Made Simple §2.3: it learns the decree once, from its own proposer's
 * majority of acceptances or from another learner's news, and persists it before anyone hears of
 * it, or lazily where its own acceptor's durable acceptance of the same proposal stands in for the
 * record (the rejoin protocol relies on a proposer remembering what it saw chosen; see
 * {@code Durable.Chosen}).
 */
final class Learner {
    private Entry chosen;

    Learner(Entry recovered) {
        this.chosen = recovered;
    }

    /** Learns {@code entry} unless something is learned already; true if it was news. */
    boolean learn(Entry entry, Node node) {
        if (chosen != null) {
            return false;
        }
        chosen = entry;
        node.persistChosen(entry);
        node.out().learned(entry);
        return true;
    }

    /** §2.3: the proposer that saw a majority accept tells every other learner. */
    void announce(Outbox out) {
        out.toPeers(new Body.Chosen(null, List.of(chosen)));
    }

    /** The chosen proposal, or null while none is known. */
    Entry chosen() {
        return chosen;
    }
}
