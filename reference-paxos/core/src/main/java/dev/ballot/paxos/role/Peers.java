package dev.ballot.paxos.role;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which incarnation of each peer is current, and so which messages to drop: anything from an
 * incarnation that a later one replaced. A peer's incarnation changes only by its {@code Rejoin}
 * (or, for a rejoining node, by an answer to its own rejoin); a voting node also takes the first
 * incarnation it hears of, which is how a new cluster meets. Changes are persisted, so a restart
 * does not resurrect a dead incarnation.
 */
public final class Peers {

    /** What to do with an incoming message. */
    public enum Admission { ADMIT, DROP, NEW_INCARNATION }

    private final int self;
    private final Map<Integer, Long> current = new HashMap<>();
    private final Map<Integer, Set<Long>> dead = new HashMap<>();

    public Peers(int self) {
        this.self = self;
    }

    /** Restores a persisted record: {@code id} is current, the one before it dead. */
    void restore(Durable.PeerIncarnation record) {
        Long before = current.put(record.node(), record.id());
        if (before != null && before != record.id()) {
            dead.computeIfAbsent(record.node(), n -> new HashSet<>()).add(before);
        }
    }

    public Admission admit(Message message, boolean voting, long ownIncarnation, Outbox out) {
        if (message.from() == self) {
            return Admission.ADMIT;
        }
        Long known = current.get(message.from());
        if (known != null && known == message.incarnation()) {
            return Admission.ADMIT;
        }
        if (dead.getOrDefault(message.from(), Set.of()).contains(message.incarnation())) {
            return Admission.DROP;
        }
        Body body = message.body();
        boolean announces = body instanceof Body.Rejoin
                || (body instanceof Body.RejoinReply reply && reply.forIncarnation() == ownIncarnation)
                || (body instanceof Body.Rejoining rejoining && rejoining.forIncarnation() == ownIncarnation)
                || (voting && known == null);
        if (!announces) {
            return Admission.DROP;
        }
        Durable.PeerIncarnation record = new Durable.PeerIncarnation(message.from(), message.incarnation());
        restore(record);
        out.persist(record);
        return Admission.NEW_INCARNATION;
    }

    /** The incarnation taken as current for each other node heard of. */
    Map<Integer, Long> current() {
        return Map.copyOf(current);
    }

    /** Dead incarnations first, then the current one: restoring them in order rebuilds both. */
    void checkpoint(List<Durable> into) {
        current.forEach((node, id) -> {
            for (long gone : dead.getOrDefault(node, Set.of())) {
                into.add(new Durable.PeerIncarnation(node, gone));
            }
            into.add(new Durable.PeerIncarnation(node, id));
        });
    }
}
