package dev.ballot.sut;

import java.util.List;
import java.util.Set;

/**
 * A kind of system Ballot can test, found by name: the service-provider interface for adapters.
 * {@code ballot run --system NAME} looks its provider up, checks the campaign's workload and size
 * against it, and asks it for the {@link SystemUnderTest}; {@code ballot systems} lists every
 * provider installed. The built-in reference cluster is the provider {@code reference}, found the
 * same way as any other.
 *
 * <p>A provider in its own jar is found by {@link java.util.ServiceLoader}: the jar holds the
 * class (public, with a public no-argument constructor) and a file
 * {@code META-INF/services/dev.ballot.sut.SystemProvider} naming it, and is put on Ballot's class
 * path ({@code BALLOT_CLASSPATH}, or the {@code plugins/} directory, which {@code bin/ballot}
 * adds). Ballot needs nothing else from it.
 *
 * <p>A provider is cheap to make and describes itself without I/O; {@link #create} is where files
 * are looked at, and where a bad combination of options is refused.
 */
public interface SystemProvider {

    /** The name {@code --system} takes: lower case, digits and hyphens, e.g. {@code reference}. */
    String name();

    /** One line for {@code ballot systems}: what the system is. */
    String description();

    /** The workloads its clients support, among {@code register} and {@code agreement}. */
    Set<String> workloads();

    /** How many nodes a cluster of it may have. */
    NodeLimits nodes();

    /**
     * The variants {@code --variant} takes, for {@code ballot systems} to list: the reference's
     * mutants, a client's read modes, and so on. Empty if it has none, or takes any.
     */
    default List<String> variants() {
        return List.of();
    }

    /**
     * The system to test with these options.
     *
     * @throws IllegalArgumentException if the options do not suit it (a workload it does not
     *     support, a variant it does not know); the message says what would
     */
    SystemUnderTest create(SystemOptions options);
}
