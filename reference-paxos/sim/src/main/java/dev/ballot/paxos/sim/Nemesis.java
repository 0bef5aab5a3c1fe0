package dev.ballot.paxos.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Injects the faults of a {@link FaultMix} into a cluster, one tick at a time, from its own seeded
 * random stream: partitions (a random minority cut off both ways, healed later), crashes and
 * restarts, crashes between persisting and sending, wipes (amnesia) and clock jumps. Every fault
 * is recorded in the history as a nemesis event, as Jepsen does.
 *
 * <p>How long a partition or an outage lasts is measured in election timeouts, so that a faster
 * timing (fewer ticks per schedule) keeps the same faults relative to the protocol's clocks: a
 * partition lasts 1 to 7 election timeouts, a crashed node stays down up to 3.
 *
 * <p>A node is wiped only while every other node is voting or down with its disk: two amnesiacs
 * at once wait for each other forever, which is the rejoin protocol's documented price and would
 * only stall the run.
 */
final class Nemesis {
    private final Cluster cluster;
    private final Recorder recorder;
    private final FaultMix mix;
    private final SplittableRandom random;
    private final int election;
    private final long[] restartAt;
    private final boolean[] wiped;
    private boolean[] minority;
    private long healAt;

    Nemesis(Cluster cluster, Recorder recorder, FaultMix mix, int electionTicks, SplittableRandom random) {
        this.cluster = cluster;
        this.recorder = recorder;
        this.mix = mix;
        this.random = random;
        this.election = electionTicks;
        this.restartAt = new long[cluster.size()];
        this.wiped = new boolean[cluster.size()];
    }

    void tick() {
        long now = cluster.now();
        if (minority != null && now >= healAt) {
            heal();
        } else if (minority == null && random.nextDouble() < mix.partition()) {
            partition(now);
        }
        for (int node = 0; node < cluster.size(); node++) {
            crashOrRestart(node, now);
            if (random.nextDouble() < mix.skew()) {
                long delta = (random.nextBoolean() ? 1 : -1) * random.nextLong(5_000);
                cluster.skew(node, delta);
                recorder.fault("skew", List.of((long) node, delta));
            }
        }
    }

    private void partition(long now) {
        minority = new boolean[cluster.size()];
        int cut = 1 + random.nextInt(Math.max(1, (cluster.size() - 1) / 2));
        for (int i = 0; i < cut; i++) {
            minority[random.nextInt(cluster.size())] = true;
        }
        healAt = now + election * (2 + random.nextInt(12)) / 2;
        cutMinority(true);
        List<Long> cutOff = new ArrayList<>();
        for (int node = 0; node < minority.length; node++) {
            if (minority[node]) {
                cutOff.add((long) node);
            }
        }
        recorder.fault("partition", cutOff);
    }

    private void heal() {
        cutMinority(false);
        minority = null;
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
        } else if (random.nextDouble() < mix.wipe() && noOtherAmnesiac(node)) {
            wiped[node] = true;
            cluster.wipe(node);
            recorder.fault("wipe", (long) node);
        }
    }

    private void restart(int node) {
        restartAt[node] = 0;
        cluster.restart(node);
        recorder.fault("restart", (long) node);
    }

    private boolean noOtherAmnesiac(int node) {
        for (int other = 0; other < cluster.size(); other++) {
            if (other != node && (wiped[other] || (cluster.up(other) && !cluster.replica(other).voting()))) {
                return false;
            }
        }
        return true;
    }

    private void cutMinority(boolean cut) {
        for (int a = 0; a < cluster.size(); a++) {
            for (int b = 0; b < cluster.size(); b++) {
                if (minority[a] != minority[b]) {
                    cluster.cut(a, b, cut);
                }
            }
        }
    }

    /** Ends every fault: heals the partition and restarts every node that is down. */
    void healAll() {
        if (minority != null) {
            heal();
        }
        for (int node = 0; node < cluster.size(); node++) {
            if (!cluster.up(node)) {
                restart(node);
            }
        }
    }
}
