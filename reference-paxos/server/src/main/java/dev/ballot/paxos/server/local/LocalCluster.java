package dev.ballot.paxos.server.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cluster of real node processes on 127.0.0.1, for the node tests and the benchmark: each node
 * is {@code java -cp <this JVM's class path> dev.ballot.paxos.server.Node ...} with its own data
 * directory under {@code base} and free ports. {@link #kill} is SIGKILL (on Linux
 * {@code destroyForcibly}); {@link #close} kills every node still running.
 */
public final class LocalCluster implements AutoCloseable {
    private final Path base;
    private final List<String> jvmArgs;
    private final List<String> nodeArgs;
    private final int[] clientPorts;
    private final int[] peerPorts;
    private final Process[] processes;
    private final String peers;

    /**
     * @param jvmArgs options of every node's JVM, for example {@code -Xmx256m}
     * @param nodeArgs options of every node, for example {@code --mode single}
     */
    public LocalCluster(Path base, int size, List<String> jvmArgs, List<String> nodeArgs) {
        this.base = base;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.nodeArgs = List.copyOf(nodeArgs);
        this.clientPorts = freePorts(size);
        this.peerPorts = freePorts(size);
        this.processes = new Process[size];
        List<String> entries = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            entries.add(id + "=127.0.0.1:" + peerPorts[id]);
        }
        this.peers = String.join(",", entries);
    }

    public int size() {
        return processes.length;
    }

    /** Starts every node as the first start of a new cluster. */
    public void bootstrap() {
        for (int id = 0; id < size(); id++) {
            start(id, true);
        }
    }

    /** Starts node {@code id}; {@code bootstrap} only on the cluster's first start. */
    public void start(int id, boolean bootstrap) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.ballot.paxos.server.Node",
                "--id", String.valueOf(id), "--peers", peers, "--data", data(id).toString(),
                "--client-port", String.valueOf(clientPorts[id])));
        if (bootstrap) {
            command.add("--bootstrap");
        }
        command.addAll(nodeArgs);
        try {
            Files.createDirectories(base);
            processes[id] = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("node" + id + ".out").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not forced already. */
    public void kill(int id) {
        Process process = processes[id];
        processes[id] = null;
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Deletes node {@code id}'s data directory (it must be down): amnesia on its next start. */
    public void wipe(int id) throws IOException {
        if (Files.exists(data(id))) {
            try (Stream<Path> files = Files.walk(data(id))) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** CPU time node {@code id}'s process has used (user and system), or 0 if unknown or down. */
    public long cpuNanos(int id) {
        Process process = processes[id];
        return process == null ? 0 : process.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    public boolean running(int id) {
        return processes[id] != null && processes[id].isAlive();
    }

    public Path data(int id) {
        return base.resolve("node" + id);
    }

    /** Where node {@code id} accepts its peers' connections. */
    public int peerPort(int id) {
        return peerPorts[id];
    }

    public URI uri(int id) {
        return URI.create("http://127.0.0.1:" + clientPorts[id]);
    }

    @Override
    public void close() {
        for (int id = 0; id < size(); id++) {
            kill(id);
        }
    }

    private static int[] freePorts(int count) {
        int[] ports = new int[count];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            for (ServerSocket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ports;
    }
}
