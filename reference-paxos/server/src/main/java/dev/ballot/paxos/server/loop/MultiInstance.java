package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Input;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.server.codec.Stored;
import java.util.ArrayList;
import java.util.List;

/** One multi-Paxos replica: the key-value log. Keys live inside its requests, not here. */
public final class MultiInstance implements Instances {
    private final Replica replica;

    public MultiInstance(Replica replica) {
        this.replica = replica;
    }

    @Override
    public void step(Long key, Input input, Work work) {
        Guard.step(replica, null, input, work);
    }

    @Override
    public void tick(Input.Tick tick, Work work) {
        Guard.step(replica, null, tick, work);
    }

    @Override
    public List<Stored> checkpoint() {
        List<Stored> records = new ArrayList<>();
        replica.checkpoint().forEach(record -> records.add(new Stored(null, record)));
        return records;
    }

    @Override
    public long incarnation() {
        return replica.incarnation();
    }

    @Override
    public boolean voting() {
        return replica.voting();
    }
}
