package dev.ballot.reference;

import dev.ballot.paxos.Mutant;
import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in provider {@code reference}: the reference Paxos cluster ({@link ReferencePaxos}),
 * registered in {@code META-INF/services} and found like any third-party adapter. The variant is a
 * mutant's name, which the node checks at its start.
 */
public final class ReferenceProvider implements SystemProvider {
    public static final String NAME = "reference";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the reference Paxos cluster (multi-Paxos for register, single-decree for agreement);"
                + " --mutant runs a broken variant";
    }

    @Override
    public Set<String> workloads() {
        return ReferencePaxos.WORKLOADS;
    }

    @Override
    public NodeLimits nodes() {
        return new NodeLimits(1, 9);
    }

    /** The mutants, as {@code --mutant} names them: {@code no-adopt}, {@code stale-read}, ... */
    @Override
    public List<String> variants() {
        return Arrays.stream(Mutant.values())
                .map(mutant -> mutant.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    @Override
    public SystemUnderTest create(SystemOptions options) {
        if (options.variant() != null && !variants().contains(options.variant())) {
            throw new IllegalArgumentException("reference has no mutant '" + options.variant()
                    + "'; its mutants: " + String.join(", ", variants()));
        }
        return new ReferencePaxos(options.home(), options.workload(), options.variant());
    }
}
