/**
 * Ballot in Docker: a {@link dev.ballot.runner.Cluster} of real containers, built with
 * Testcontainers, and the real mechanisms behind the nemesis.
 *
 * <h2>Use</h2>
 * <pre>
 * try (DockerCluster cluster = DockerCluster.start(system, 5, false)) {
 *     RunResult result = new Runner(campaign, cluster).run(dir);
 *     cluster.copyLogs(dir.resolve("nodes"));
 * }
 * </pre>
 * Testcontainers reads two settings from the environment only, never from system properties:
 * {@code TESTCONTAINERS_RYUK_DISABLED=true} (its reaper's image cannot be pulled here; Ballot
 * removes its containers itself) and {@code TESTCONTAINERS_HOST_OVERRIDE=localhost} (the machine
 * looks like a container, which would make it pull an image to find the Docker host).
 *
 * <h2>Containers</h2>
 * One container per node on a private network, reachable from its peers as {@code n1..nN}; the
 * capability NET_ADMIN and nothing more; the client port published on 127.0.0.1 only. PID 1 is a
 * keeper ({@code sleep infinity}); the node's process is started beside it with a detached
 * {@code docker exec} as user {@code ballot}, with its pid in {@code /tmp/ballot-node.pid} and its
 * output appended to {@code /tmp/ballot-node.log}. So a crash kills the process, not the
 * container: the address, the iptables rules, the data directory and the log all survive it.
 * Images are built from the system's recipe and tagged with a hash of their inputs, so a second
 * run builds nothing.
 *
 * <h2>Faults</h2>
 * <pre>
 * partition, one-way   IptablesNet: "-s PEER -j DROP" in chain BALLOT at the receiver
 * loss                 IptablesNet: "-m statistic --mode random --probability P -j DROP", read back
 * heal                 IptablesNet: flush chain BALLOT (Docker's own rules are never touched)
 * probe                UDP datagrams from A, counted at B by chain BALLOT-SEEN
 * clock                FaketimeClocks: LD_PRELOAD=libfaketime (only if asked), offset in a file
 * kill, restart, wipe  ProcessControl: kill -9 PID, exec again, empty the data directory
 * pause, resume        ProcessControl: SIGSTOP, SIGCONT of the node process (not docker pause)
 * </pre>
 *
 * <h2>Cleaning up</h2>
 * Containers and the network carry {@code ballot.run}, {@code ballot.system}, {@code ballot.node}
 * and {@code ballot.owner} (host, pid and start time of the harness). A start removes whatever an
 * owner that no longer exists left behind; closing the cluster, or the JVM's exit, removes the
 * run's own unless it is to be left running.
 */
package dev.ballot.docker;
