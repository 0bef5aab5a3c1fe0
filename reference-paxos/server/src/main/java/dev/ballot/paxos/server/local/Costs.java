package dev.ballot.paxos.server.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What a benchmark run cost, read before and after it: CPU time of every node process and of the
 * benchmark's own process (the clients), and every node's fsyncs (from {@code /status}). Per
 * operation, these let a run on a busy machine be judged by what it would need, not only by what
 * it got: on 2 cores, 5,000 ops/s leave 0.4 ms of CPU per operation for everything.
 *
 * @param nodeCpuNanos per node
 * @param clientCpuNanos the benchmark process
 * @param fsyncs per node, -1 if its status did not say
 */
public record Costs(long[] nodeCpuNanos, long clientCpuNanos, long[] fsyncs) {

    /** The costs so far of {@code cluster}'s nodes and of this process. */
    public static Costs of(LocalCluster cluster, NodeClient client) throws InterruptedException {
        int size = cluster.size();
        long[] cpu = new long[size];
        long[] fsyncs = new long[size];
        for (int id = 0; id < size; id++) {
            cpu[id] = cluster.cpuNanos(id);
            try {
                fsyncs[id] = client.get(id, "/status").body().path("fsyncs").asLong(-1);
            } catch (IOException e) {
                fsyncs[id] = -1;
            }
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Costs(cpu, os.getProcessCpuTime(), fsyncs);
    }

    /** What happened between {@code before} and this, per operation, as one line. */
    public String since(Costs before, long ops) {
        StringBuilder line = new StringBuilder("per op: CPU ms");
        double total = 0;
        for (int id = 0; id < nodeCpuNanos.length; id++) {
            double ms = (nodeCpuNanos[id] - before.nodeCpuNanos[id]) / 1e6 / ops;
            total += ms;
            line.append(String.format(Locale.ROOT, " node%d %.3f", id, ms));
        }
        double client = (clientCpuNanos - before.clientCpuNanos) / 1e6 / ops;
        line.append(String.format(Locale.ROOT, " clients %.3f (nodes %.3f, all %.3f); fsyncs", client, total,
                total + client));
        for (int id = 0; id < fsyncs.length; id++) {
            line.append(String.format(Locale.ROOT, " node%d %.4f", id, (fsyncs[id] - before.fsyncs[id]) / (double) ops));
        }
        line.append(String.format(Locale.ROOT, "; load average %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return line.toString();
    }
}
