package dev.ballot.zookeeper;

import ch.qos.logback.classic.Level;
import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.slf4j.LoggerFactory;

/**
 * {@code --system zookeeper}: an Apache ZooKeeper ensemble, the {@code register} workload on
 * znodes. The variant is the read mode ({@link ReadMode}): {@code plain} (the default) or
 * {@code sync}.
 *
 * <p>This jar is the whole adapter: the provider, the client and, shaded in, ZooKeeper itself,
 * which the node image runs from the same jar. It is found by {@link java.util.ServiceLoader} like
 * any adapter, from Ballot's {@code plugins/} directory.
 */
public final class ZooKeeperProvider implements SystemProvider {
    public static final String NAME = "zookeeper";
    /** The name of this adapter's jar, which also holds the server. */
    static final String JAR = "ballot-zookeeper.jar";
    /** What the image runs, which must be in {@link #JAR}. */
    private static final String SERVER_CLASS = "org/apache/zookeeper/server/quorum/QuorumPeerMain.class";
    private static final String CLIENT_LOGS = "org.apache.zookeeper";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Apache ZooKeeper " + ZooKeeperSystem.VERSION + " (register on znodes);"
                + " --variant plain (default) or sync: reads preceded by sync()";
    }

    @Override
    public Set<String> workloads() {
        return ZooKeeperSystem.WORKLOADS;
    }

    @Override
    public List<String> variants() {
        return Arrays.stream(ReadMode.values()).map(ReadMode::variant).toList();
    }

    @Override
    public NodeLimits nodes() {
        return new NodeLimits(1, 9);
    }

    @Override
    public SystemUnderTest create(SystemOptions options) {
        ZooKeeperSystem system = new ZooKeeperSystem(ReadMode.parse(options.variant()), ownJar());
        quietClientLogs();
        return system;
    }

    /**
     * The ZooKeeper client logs every connection it loses and every close a partition delays,
     * which faults make routine; what each operation met is in the history. Unless the logging
     * configuration names its logger, it is silent.
     */
    private static void quietClientLogs() {
        if (LoggerFactory.getLogger(CLIENT_LOGS) instanceof ch.qos.logback.classic.Logger logger
                && logger.getLevel() == null) {
            logger.setLevel(Level.OFF);
        }
    }

    /**
     * The jar this class was loaded from, which the image copies in. Run from a build's classes
     * directory (the module's own tests), the jar the build packaged beside it.
     */
    static Path ownJar() {
        Path source;
        try {
            source = Path.of(ZooKeeperProvider.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot tell where the zookeeper adapter was loaded from", e);
        }
        Path jar = Files.isDirectory(source) ? source.resolveSibling(JAR) : source;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the zookeeper adapter's jar " + jar + " is missing:"
                    + " build it with 'mvn -pl systems/zookeeper -am package -DskipTests'");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVER_CLASS) == null) {
                throw new IllegalStateException(jar + " does not hold the ZooKeeper server: use "
                        + JAR + ", the jar with ZooKeeper shaded in");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return jar;
    }
}
