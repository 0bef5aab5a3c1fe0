package dev.ballot.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Testcontainers reads two settings Ballot needs from the process environment only
 * ({@code System.getenv}, not system properties nor {@code ~/.testcontainers.properties}):
 * {@code TESTCONTAINERS_RYUK_DISABLED=true}, because Ryuk's image cannot be pulled here and Ballot
 * removes its containers itself, and {@code TESTCONTAINERS_HOST_OVERRIDE=localhost}, because on a
 * machine with {@code /.dockerenv} it would otherwise start a container from a pulled image to
 * find the Docker host. A JVM cannot change its own environment, so when either is missing the
 * command runs itself again in a child JVM that has them (the same java, options, class path and
 * arguments), and exits as the child did. A value the user set is kept.
 */
final class TestcontainersEnvironment {
    static final Map<String, String> REQUIRED = Map.of(
            "TESTCONTAINERS_RYUK_DISABLED", "true",
            "TESTCONTAINERS_HOST_OVERRIDE", "localhost");
    private static final String GUARD = "BALLOT_RELAUNCHED";

    private TestcontainersEnvironment() {
    }

    /**
     * @param args the command line's arguments, from the top (e.g. {@code run --seed 3})
     * @return the child's exit code if the command was run again, null if this JVM has what it needs
     */
    static Integer relaunchIfMissing(List<String> args) throws IOException, InterruptedException {
        if (REQUIRED.keySet().stream().allMatch(name -> System.getenv(name) != null)
                || System.getenv(GUARD) != null) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Ballot.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        REQUIRED.forEach((name, value) -> builder.environment().putIfAbsent(name, value));
        builder.environment().put(GUARD, "1");
        Process child = builder.start();
        // Ctrl-C reaches the child too (same process group); wait for its cleanup.
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            throw e;
        }
    }
}
