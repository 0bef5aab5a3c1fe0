package dev.ballot.paxos.sim;

import java.util.SplittableRandom;

/**
 * Injects the faults of a {@link FaultMix} into a cluster, one tick at a time, from its own seeded
 * random stream: partitions (a random minority cut off both ways, healed later), crashes and
 * restarts, crashes between persisting and sending, wipes (amnesia) and clock jumps.
 *
 * <p>A node is wiped only while every other node is voting or down with its disk: two amnesiacs
 * at once wait for each other forever, which is the rejoin protocol's documented price and would
 * only stall the run.
 */
final class Nemesis {
    private final Cluster cluster;
    private final FaultMix mix;
    private final SplittableRandom random;
    private final long[] restartAt;
    private final boolean[] wiped;
    private boolean[] minority;
    private long healAt;

    Nemesis(Cluster cluster, FaultMix mix, SplittableRandom random) {
        this.cluster = cluster;
        this.mix = mix;
        this.random = random;
        this.restartAt = new long[cluster.size()];
        this.wiped = new boolean[cluster.size()];
    }

    void tick() {
        long now = cluster.now();
        if (minority != null && now >= healAt) {
            partition(false);
        } else if (minority == null && random.nextDouble() < mix.partition()) {
            minority = new boolean[cluster.size()];
            int cut = 1 + random.nextInt(Math.max(1, (cluster.size() - 1) / 2));
            for (int i = 0; i < cut; i++) {
                minority[random.nextInt(cluster.size())] = true;
            }
            healAt = now + 20 + random.nextInt(200);
            partition(true);
        }
        for (int node = 0; node < cluster.size(); node++) {
            crashOrRestart(node, now);
            if (random.nextDouble() < mix.skew()) {
                cluster.skew(node, (random.nextBoolean() ? 1 : -1) * random.nextLong(5_000));
            }
        }
    }

    private void crashOrRestart(int node, long now) {
        if (!cluster.up(node)) {
            if (restartAt[node] == 0) {
                restartAt[node] = now + 5 + random.nextInt(100);
            } else if (now >= restartAt[node]) {
                restartAt[node] = 0;
                cluster.restart(node);
            }
            return;
        }
        wiped[node] &= !cluster.replica(node).voting();
        if (random.nextDouble() < mix.crash()) {
            cluster.crash(node);
        } else if (random.nextDouble() < mix.crashMidStep()) {
            cluster.crashAfterNextPersist(node);
        } else if (random.nextDouble() < mix.wipe() && noOtherAmnesiac(node)) {
            wiped[node] = true;
            cluster.wipe(node);
        }
    }

    private boolean noOtherAmnesiac(int node) {
        for (int other = 0; other < cluster.size(); other++) {
            if (other != node && (wiped[other] || (cluster.up(other) && !cluster.replica(other).voting()))) {
                return false;
            }
        }
        return true;
    }

    private void partition(boolean cut) {
        for (int a = 0; a < cluster.size(); a++) {
            for (int b = 0; b < cluster.size(); b++) {
                if (minority[a] != minority[b]) {
                    cluster.cut(a, b, cut);
                }
            }
        }
        if (!cut) {
            minority = null;
        }
    }

    /** Ends every fault: heals the partition and restarts every node that is down. */
    void healAll() {
        if (minority != null) {
            partition(false);
        }
        for (int node = 0; node < cluster.size(); node++) {
            if (!cluster.up(node)) {
                restartAt[node] = 0;
                cluster.restart(node);
            }
        }
    }
}
