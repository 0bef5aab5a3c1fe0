package dev.ballot.paxos.sim;

import dev.ballot.paxos.Message;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A seeded lossy network: each message is lost, delayed, or duplicated as the {@link FaultMix}
 * says; different delays reorder messages. A cut link drops messages both when they are sent and
 * when they arrive (a partition also catches what is already in flight).
 */
public final class RandomNetwork implements Net {

    private record InFlight(long at, long order, Message message) {
    }

    private final FaultMix mix;
    private final SplittableRandom random;
    private final boolean[][] cut;
    private final PriorityQueue<InFlight> queue = new PriorityQueue<>(
            (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
    private long order;

    public RandomNetwork(int size, FaultMix mix, SplittableRandom random) {
        this.mix = mix;
        this.random = random;
        this.cut = new boolean[size][size];
    }

    @Override
    public void send(Message message, long now) {
        if (cut[message.from()][message.to()] || random.nextDouble() < mix.loss()) {
            return;
        }
        enqueue(message, now);
        if (random.nextDouble() < mix.duplicate()) {
            enqueue(message, now);
        }
    }

    private void enqueue(Message message, long now) {
        queue.add(new InFlight(now + 1 + random.nextInt(mix.maxDelay()), order++, message));
    }

    @Override
    public Message next(long now) {
        while (!queue.isEmpty() && queue.peek().at <= now) {
            Message message = queue.poll().message;
            if (!cut[message.from()][message.to()]) {
                return message;
            }
        }
        return null;
    }

    @Override
    public void cut(int from, int to, boolean isCut) {
        cut[from][to] = isCut;
    }
}
