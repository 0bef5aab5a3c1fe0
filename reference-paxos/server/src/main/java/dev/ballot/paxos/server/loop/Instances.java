package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Input;
import dev.ballot.paxos.server.codec.Stored;
import java.util.List;

/**
 * The replicas a node hosts, as the event loop sees them: one multi-Paxos log, or one
 * single-decree instance per key. Called from the event loop thread only.
 */
public sealed interface Instances permits MultiInstance, KeyedInstances {

    /**
     * Steps the instance {@code key} names (created on first use where instances are keyed) with
     * {@code input}, adding its Ready to {@code work}. An input the core throws on is logged and
     * dropped, never allowed to stop the loop.
     */
    void step(Long key, Input input, Work work);

    /** Steps every instance with one tick. */
    void tick(Input.Tick tick, Work work);

    /** The durable state of every instance, equivalent to all records persisted so far. */
    List<Stored> checkpoint();

    /** The incarnation to report: the multi-Paxos replica's, or -1 for keyed instances. */
    long incarnation();

    /** Whether this node takes part in votes (for keyed instances: may create voting ones). */
    boolean voting();
}
