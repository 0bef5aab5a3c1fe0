package dev.ballot.sut;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a campaign asks of a {@link SystemProvider}: the workload its clients will run, a variant
 * of the system if any, and Ballot's home directory, where a provider finds what it ships with.
 *
 * @param workload {@code register} or {@code agreement}, among the provider's workloads
 * @param variant a variant of the system, or null for the system as it is. For the reference
 *     cluster it is a mutant's name ({@code --mutant}); each provider says what it accepts
 * @param home Ballot's home: the repository, or wherever Ballot is installed
 */
public record SystemOptions(String workload, String variant, Path home) {
    public SystemOptions {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(home, "home");
    }

    /**
     * Ballot's home: the {@code ballot.home} system property, else {@code $BALLOT_HOME} (which
     * {@code bin/ballot} sets), else the working directory.
     */
    public static Path defaultHome() {
        String home = System.getProperty("ballot.home", System.getenv("BALLOT_HOME"));
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
