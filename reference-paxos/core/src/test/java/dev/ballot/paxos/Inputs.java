package dev.ballot.paxos;

import java.util.List;
import java.util.SplittableRandom;

/** Shorthands for feeding a replica by hand in paper-style tests. */
public final class Inputs {
    private Inputs() {
    }

    /** The incarnation these tests give node {@code id} when it speaks. */
    public static long incarnationOf(int id) {
        return 100 + id;
    }

    public static Input.Receive from(int sender, int to, Body body) {
        return new Input.Receive(new Message(sender, to, incarnationOf(sender), body));
    }

    public static Input.ClientRequest client(long client, long seq, Request request) {
        return new Input.ClientRequest(new Command(client, seq, request));
    }

    public static Input.Tick tick() {
        return new Input.Tick(0);
    }

    public static SplittableRandom random() {
        return new SplittableRandom(42);
    }

    /** The bodies {@code ready} sends to {@code to}. */
    public static List<Body> sentTo(Ready ready, int to) {
        return ready.messages().stream().filter(m -> m.to() == to).map(Message::body).toList();
    }

    /** The one body {@code ready} sends to {@code to}, of the given type. */
    public static <T extends Body> T only(Ready ready, int to, Class<T> type) {
        List<Body> bodies = sentTo(ready, to);
        if (bodies.size() != 1 || !type.isInstance(bodies.get(0))) {
            throw new AssertionError("expected one " + type.getSimpleName() + " to " + to + ", got " + bodies);
        }
        return type.cast(bodies.get(0));
    }
}
