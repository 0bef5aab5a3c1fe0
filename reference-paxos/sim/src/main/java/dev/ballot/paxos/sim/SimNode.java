package dev.ballot.paxos.sim;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.role.DurableState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One simulated machine: a replica, the disk it persists to, its wall clock's offset, and whether
 * it is up. The disk is all that survives a crash (but for lazy records not yet followed by a
 * forced write: the crash takes those); a wipe loses it too.
 */
final class SimNode {
    /** When the disk holds this many records, it is rewritten from a checkpoint. */
    private static final int COMPACT_AT = 128;

    final int id;
    private final Config config;
    private final Replicas replicas;
    private final SplittableRandom random;
    private List<Durable> disk = new ArrayList<>();
    /** How many records of {@code disk} are forced; the rest are lazy and lost in a crash. */
    private int forced;
    /**
     * The fold of the first {@code folded} records of {@code disk}, all of them forced: a restart
     * folds only the records forced since the last one, instead of replaying the whole disk.
     */
    private DurableState fold = new DurableState();
    private int folded;
    private Replica replica;
    long clockOffsetMillis;
    boolean crashAfterNextPersist;
    /** A paused node takes no input; what reaches it waits here, in order, until it resumes. */
    boolean paused;
    final ArrayDeque<Input> held = new ArrayDeque<>();

    SimNode(Config config, Replicas replicas, SplittableRandom random) {
        this.id = config.id();
        this.config = config;
        this.replicas = replicas;
        this.random = random;
        this.replica = replicas.bootstrap(config, random.split());
    }

    boolean up() {
        return replica != null;
    }

    Replica replica() {
        return replica;
    }

    /** Steps the replica; the caller persists and sends what it asks for. */
    Ready step(Input input) {
        return replica.step(input);
    }

    /** Writes {@code ready}'s records, and forces them (with every lazy one before) if it asks. */
    void persist(Ready ready) {
        List<Durable> records = ready.persist();
        for (int i = 0; i < records.size(); i++) {
            disk.add(records.get(i));
        }
        if (ready.syncBeforeSend()) {
            forced = disk.size();
        }
        if (disk.size() >= COMPACT_AT) {
            disk = new ArrayList<>(replica.checkpoint());
            forced = disk.size();
            fold = new DurableState();
            folded = 0;
        }
    }

    /** Whether a crash in the middle of a step comes after its records are forced. */
    boolean crashesAfterForce() {
        return random.nextBoolean();
    }

    void crash() {
        disk.subList(forced, disk.size()).clear();
        replica = null;
        crashAfterNextPersist = false;
        paused = false;
        held.clear();
    }

    /** Restarts from the forced records, the only ones on disk after a crash. */
    void restart() {
        for (; folded < forced; folded++) {
            fold.add(disk.get(folded));
        }
        replica = replicas.recover(config, random.split(), fold);
    }

    void wipe() {
        crash();
        disk.clear();
        forced = 0;
        fold = new DurableState();
        folded = 0;
    }
}
