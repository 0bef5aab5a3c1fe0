package dev.ballot.paxos.sim;

import dev.ballot.paxos.Message;
import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * A seeded lossy network: each message is lost, delayed, or duplicated as the {@link FaultMix}
 * says; different delays reorder messages. A cut link drops messages both when they are sent and
 * when they arrive (a partition also catches what is already in flight).
 *
 * <p>The queue is a calendar: one FIFO bucket per tick of the next {@code maxDelay}, reused round
 * the ring, so sending and delivering cost O(1) and allocate nothing beyond the buckets' arrays.
 * Within a tick messages arrive in the order they were sent, the order a priority queue keyed by
 * (delivery tick, send order) would give. {@link #next} must be asked about every tick in turn,
 * as {@link Cluster#tick} does.
 */
public final class RandomNetwork implements Net {

    private final FaultMix mix;
    private final SplittableRandom random;
    private final boolean[][] cut;
    private final ArrayDeque<Message>[] buckets;
    private long cursor;

    @SuppressWarnings("unchecked")
    public RandomNetwork(int size, FaultMix mix, SplittableRandom random) {
        this.mix = mix;
        this.random = random;
        this.cut = new boolean[size][size];
        // The cursor rests on the last tick asked, t; what is sent in tick t+1 may be due at t+1+maxDelay.
        this.buckets = new ArrayDeque[mix.maxDelay() + 2];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new ArrayDeque<>();
        }
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
        bucket(now + 1 + random.nextInt(mix.maxDelay())).add(message);
    }

    @Override
    public Message next(long now) {
        for (; cursor <= now; cursor++) {
            ArrayDeque<Message> due = bucket(cursor);
            for (Message message = due.poll(); message != null; message = due.poll()) {
                if (!cut[message.from()][message.to()]) {
                    return message;
                }
            }
            if (cursor == now) {
                break;
            }
        }
        return null;
    }

    private ArrayDeque<Message> bucket(long tick) {
        return buckets[(int) (tick % buckets.length)];
    }

    @Override
    public void cut(int from, int to, boolean isCut) {
        cut[from][to] = isCut;
    }
}
