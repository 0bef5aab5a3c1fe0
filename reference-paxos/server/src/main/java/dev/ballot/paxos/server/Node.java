package dev.ballot.paxos.server;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The entry point of one reference Paxos node process:
 * {@code java -jar paxos-node.jar --id ID --peers ID=HOST:PORT,... --data DIR --client-port PORT ...}
 * (see {@link Options#USAGE} and the module's README). Exit status 2 means a bad command line.
 *
 * <p>It only parses the command line and points logging at the data directory (logback reads
 * the {@value #DATA_PROPERTY} system property when it first starts, so this class must not log);
 * {@link NodeProcess} does the rest.
 */
public final class Node {
    /** The system property logback.xml reads to put {@code node.log} in the data directory. */
    public static final String DATA_PROPERTY = "paxos.data";

    private Node() {
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("paxos-node: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Files.createDirectories(options.data());
        System.setProperty(DATA_PROPERTY, options.data().toAbsolutePath().toString());
        NodeProcess.start(options);
    }
}
