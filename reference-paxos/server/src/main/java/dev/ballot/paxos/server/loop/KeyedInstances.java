package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.server.codec.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-decree mode: every key is an independent single-decree Paxos instance, created on first
 * use (a client request or a peer's message for that key).
 *
 * <p>How a new instance starts is the amnesia question per key. A node whose disk has been
 * intact since it bootstrapped the cluster (its "genesis", recorded as a {@link Durable.Voting}
 * record without a key) knows that it never held state for a key it has no records of, so it
 * bootstraps the instance and votes at once. A node that lost its disk cannot know which keys it
 * voted in before, so each of its new instances starts empty and runs the core's rejoin protocol
 * (which waits for every peer). Limitation: two such nodes cannot create an instance together,
 * because a rejoining instance answers no rejoin.
 */
public final class KeyedInstances implements Instances {
    private static final Stored GENESIS = new Stored(null, new Durable.Voting());

    private final Replicas replicas;
    private final boolean genesis;
    private final Map<Long, Replica> instances = new LinkedHashMap<>();

    /**
     * @param recovered every record found on disk (tagged by key)
     * @param bootstrap whether this is the first start of a new cluster (ignored if records exist)
     */
    public KeyedInstances(Replicas replicas, List<Stored> recovered, boolean bootstrap) {
        this.replicas = replicas;
        this.genesis = recovered.isEmpty() ? bootstrap : recovered.contains(GENESIS);
        Map<Long, List<Durable>> byKey = new LinkedHashMap<>();
        for (Stored stored : recovered) {
            if (stored.key() != null) {
                byKey.computeIfAbsent(stored.key(), key -> new ArrayList<>()).add(stored.record());
            }
        }
        byKey.forEach((key, records) -> instances.put(key, replicas.recover(records)));
    }

    @Override
    public void step(Long key, Input input, Work work) {
        Replica instance = instances.computeIfAbsent(key,
                k -> genesis ? replicas.bootstrap() : replicas.recover(List.of()));
        Guard.step(instance, key, input, work);
    }

    @Override
    public void tick(Input.Tick tick, Work work) {
        instances.forEach((key, instance) -> Guard.step(instance, key, tick, work));
    }

    @Override
    public List<Stored> checkpoint() {
        List<Stored> records = new ArrayList<>();
        if (genesis) {
            records.add(GENESIS);
        }
        instances.forEach((key, instance) ->
                instance.checkpoint().forEach(record -> records.add(new Stored(key, record))));
        return records;
    }

    @Override
    public long incarnation() {
        return -1;
    }

    @Override
    public boolean voting() {
        return true;
    }

    /** How many instances exist. */
    public int size() {
        return instances.size();
    }
}
