package dev.ballot.paxos.sim;

import dev.ballot.paxos.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A network that delivers nothing by itself: scenario tests hold messages and release exactly
 * the ones a transcript calls for, in the order it calls for.
 */
public final class ManualNetwork implements Net {
    private final List<Message> held = new ArrayList<>();
    private final List<Message> released = new ArrayList<>();

    @Override
    public void send(Message message, long now) {
        held.add(message);
    }

    @Override
    public Message next(long now) {
        return released.isEmpty() ? null : released.remove(0);
    }

    @Override
    public void cut(int from, int to, boolean cut) {
        throw new UnsupportedOperationException("a manual network is cut by not releasing messages");
    }

    /** Releases the held messages that match, in the order they were sent; returns how many. */
    public int release(Predicate<Message> which) {
        return move(which, true);
    }

    /** Drops the held messages that match; returns how many. */
    public int drop(Predicate<Message> which) {
        return move(which, false);
    }

    private int move(Predicate<Message> which, boolean deliver) {
        List<Message> matching = held.stream().filter(which).toList();
        held.removeAll(matching);
        if (deliver) {
            released.addAll(matching);
        }
        return matching.size();
    }

    public List<Message> held() {
        return List.copyOf(held);
    }
}
