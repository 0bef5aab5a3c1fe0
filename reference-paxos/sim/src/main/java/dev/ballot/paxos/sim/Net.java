package dev.ballot.paxos.sim;

import dev.ballot.paxos.Message;

/** The simulated network between nodes: what was sent, and what is due for delivery. */
public interface Net {

    /** Hands {@code message} to the network at tick {@code now}. */
    void send(Message message, long now);

    /** The next message due at tick {@code now}, or null. */
    Message next(long now);

    /** Cuts (or restores) the link {@code from -> to}; messages on a cut link are dropped. */
    void cut(int from, int to, boolean cut);
}
