package dev.ballot.runner;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How fast a run drove its operations, and what that cost the harness: the client operations
 * completed between the end of the health check and the end of the faults (the time limit), per
 * second, and the harness JVM's CPU time in that span (every thread: clients, recorder, nemesis,
 * garbage collection, the JIT), per operation. The CPU time, unlike the rate, does not fall when
 * other processes share the machine's CPUs. In {@code results.json} as {@code throughput}.
 *
 * @param operations client operations completed (ok, fail or info) in the span
 * @param seconds the span's length
 * @param harnessCpuSeconds the JVM's CPU time in the span, or -1 if it cannot be read
 */
record Throughput(long operations, double seconds, double harnessCpuSeconds) {

    double perSecond() {
        return seconds > 0 ? operations / seconds : 0;
    }

    double harnessCpuMicrosPerOperation() {
        return operations > 0 ? harnessCpuSeconds * 1e6 / operations : 0;
    }

    /**
     * The throughput of {@code history} between two phase ends (seconds since the run's start),
     * with the JVM's CPU times (nanoseconds) read at them; null if the span was not reached.
     */
    static Throughput of(History history, Double from, Double to, long cpuFrom, long cpuTo) {
        if (from == null || to == null || to <= from) {
            return null;
        }
        long start = Math.round(from * 1e9);
        long end = Math.round(to * 1e9);
        long operations = 0;
        for (Op op : history.ops()) {
            if (!op.isNemesis() && op.type() != OpType.INVOKE && op.time() >= start
                    && op.time() <= end) {
                operations++;
            }
        }
        double cpu = cpuFrom < 0 || cpuTo < 0 ? -1 : (cpuTo - cpuFrom) / 1e9;
        return new Throughput(operations, to - from, cpu);
    }

    /** The JVM's CPU time so far in nanoseconds, or -1 where it cannot be read. */
    static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() : -1;
    }
}
