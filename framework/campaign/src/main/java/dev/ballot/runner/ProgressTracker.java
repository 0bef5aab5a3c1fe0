package dev.ballot.runner;

import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.report.ActiveFaults;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a run's events as they arrive and says where the run stands: pure, fed by whoever
 * watches the {@link Recorder}. Only the nemesis events are kept (to name the faults in force);
 * client events are counted and dropped, so a long run costs nothing here.
 */
final class ProgressTracker {
    private final long startNanos;
    private final long timeLimitNanos;
    private final List<Op> nemesis = new ArrayList<>();
    private long ok;
    private long fail;
    private long info;
    private long previousNanos;
    private long previousCompleted;

    /** @param startNanos the run time at which the operations began */
    ProgressTracker(long startNanos, long timeLimitNanos) {
        this.startNanos = startNanos;
        this.timeLimitNanos = timeLimitNanos;
        this.previousNanos = startNanos;
    }

    void observe(List<Op> events) {
        for (Op op : events) {
            if (op.isNemesis()) {
                nemesis.add(op);
            } else if (op.type() == OpType.OK) {
                ok++;
            } else if (op.type() == OpType.FAIL) {
                fail++;
            } else if (op.type() == OpType.INFO) {
                info++;
            }
        }
    }

    /** Where the run stands at run time {@code nowNanos}; the rate is since the previous call. */
    Progress snapshot(long nowNanos) {
        long completed = ok + fail + info;
        long span = nowNanos - previousNanos;
        double rate = span > 0 ? (completed - previousCompleted) * 1e9 / span : 0;
        previousNanos = nowNanos;
        previousCompleted = completed;
        return new Progress(nowNanos - startNanos, timeLimitNanos, rate, ok, fail, info,
                ActiveFaults.labels(nemesis));
    }
}
