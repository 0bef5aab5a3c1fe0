package dev.ballot.paxos.sim;

import dev.ballot.paxos.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Injects the faults of a {@link FaultMix} into a cluster, one tick at a time, from its own seeded
 * random stream: partitions (a minority cut off, or a bridge; healed later), crashes and
 * restarts, crashes between persisting and sending, wipes (amnesia), pauses and clock jumps. Every fault
 * is recorded in the history as a nemesis event, as Jepsen does.
 *
 * <p>How long a partition or an outage lasts is measured in election timeouts, so that a faster
 * timing (fewer ticks per schedule) keeps the same faults relative to the protocol's clocks: a
 * partition lasts 1 to 7 election timeouts, a crashed node stays down up to 3, a paused one 1 to 4.
 *
 * <p>A node is wiped only while the amnesiacs, it included, stay fewer than a majority (two of
 * five, one of three): more wait for each other forever, which is the rejoin protocol's
 * documented price (a majority's disks may have held the only copy of a chosen value) and would
 * only stall the run.
 */
final class Nemesis {
    private static final int BRIDGE = 2;

    private final Cluster cluster;
    private final Recorder recorder;
    private final FaultMix mix;
    private final SplittableRandom random;
    private final int election;
    private final long[] restartAt;
    private final long[] resumeAt;
    private final boolean[] wiped;
    /** While partitioned, each node's side: 0 or 1, or {@link #BRIDGE}; null while healed. */
    private int[] side;
    private long healAt;

    Nemesis(Cluster cluster, Recorder recorder, FaultMix mix, int electionTicks, SplittableRandom random) {
        this.cluster = cluster;
        this.recorder = recorder;
        this.mix = mix;
        this.random = random;
        this.election = electionTicks;
        this.restartAt = new long[cluster.size()];
        this.resumeAt = new long[cluster.size()];
        this.wiped = new boolean[cluster.size()];
    }

    void tick() {
        long now = cluster.now();
        if (side != null && now >= healAt) {
            heal();
        } else if (side == null && random.nextDouble() < mix.partition()) {
            partition(now);
        }
        for (int node = 0; node < cluster.size(); node++) {
            crashOrRestart(node, now);
            pauseOrResume(node, now);
            if (random.nextDouble() < mix.skew()) {
                long delta = (random.nextBoolean() ? 1 : -1) * random.nextLong(5_000);
                cluster.skew(node, delta);
                recorder.fault("skew", List.of((long) node, delta));
            }
        }
    }

    /**
     * Half the partitions cut a random minority off both ways; the other half are bridges
     * (Jepsen's {@code bridge} grudge): two halves that cannot talk, and one node that talks to
     * both, so two leaders may each have a quorum through it.
     */
    private void partition(long now) {
        int size = cluster.size();
        side = new int[size];
        List<Long> cutOff = new ArrayList<>();
        String f;
        if (random.nextBoolean()) {
            f = "partition";
            int cut = 1 + random.nextInt(Math.max(1, (size - 1) / 2));
            for (int i = 0; i < cut; i++) {
                side[random.nextInt(size)] = 1;
            }
        } else {
            f = "bridge";
            int bridge = random.nextInt(size);
            for (int node = 0; node < size; node++) {
                side[node] = node == bridge ? BRIDGE : random.nextInt(2);
            }
        }
        for (int node = 0; node < size; node++) {
            cutOff.add((long) side[node]);
        }
        healAt = now + election * (2 + random.nextInt(12)) / 2;
        cutSides(true);
        recorder.fault(f, cutOff);
    }

    private void heal() {
        cutSides(false);
        side = null;
        recorder.fault("heal", null);
    }

    private void crashOrRestart(int node, long now) {
        if (!cluster.up(node)) {
            if (restartAt[node] == 0) {
                restartAt[node] = now + 1 + random.nextInt(3 * election);
            } else if (now >= restartAt[node]) {
                restart(node);
            }
            return;
        }
        wiped[node] &= !cluster.replica(node).voting();
        if (random.nextDouble() < mix.crash()) {
            cluster.crash(node);
            recorder.fault("crash", (long) node);
        } else if (random.nextDouble() < mix.crashMidStep()) {
            cluster.crashAfterNextPersist(node);
            recorder.fault("crash-mid-step", (long) node);
        } else if (random.nextDouble() < mix.wipe() && amnesiacsBesides(node) + 1 < Config.majorityOf(cluster.size())) {
            wiped[node] = true;
            cluster.wipe(node);
            recorder.fault("wipe", (long) node);
        }
    }

    private void pauseOrResume(int node, long now) {
        if (cluster.paused(node) && now >= resumeAt[node]) {
            resume(node);
        } else if (cluster.up(node) && !cluster.paused(node) && random.nextDouble() < mix.pause()) {
            resumeAt[node] = now + election + random.nextInt(3 * election);
            cluster.pause(node);
            recorder.fault("pause", (long) node);
        }
    }

    private void resume(int node) {
        cluster.resume(node);
        recorder.fault("resume", (long) node);
    }

    private void restart(int node) {
        restartAt[node] = 0;
        cluster.restart(node);
        recorder.fault("restart", (long) node);
    }

    /** The other nodes wiped and not voting again yet. */
    private int amnesiacsBesides(int node) {
        int amnesiacs = 0;
        for (int other = 0; other < cluster.size(); other++) {
            if (other != node && (wiped[other] || (cluster.up(other) && !cluster.replica(other).voting()))) {
                amnesiacs++;
            }
        }
        return amnesiacs;
    }

    private void cutSides(boolean cut) {
        for (int a = 0; a < cluster.size(); a++) {
            for (int b = 0; b < cluster.size(); b++) {
                if (side[a] != side[b] && side[a] != BRIDGE && side[b] != BRIDGE) {
                    cluster.cut(a, b, cut);
                }
            }
        }
    }

    /** Ends every fault: heals the partition, restarts every node that is down, resumes the paused. */
    void healAll() {
        if (side != null) {
            heal();
        }
        for (int node = 0; node < cluster.size(); node++) {
            if (!cluster.up(node)) {
                restart(node);
            } else if (cluster.paused(node)) {
                resume(node);
            }
        }
    }
}
