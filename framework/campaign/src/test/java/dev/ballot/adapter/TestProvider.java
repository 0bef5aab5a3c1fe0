package dev.ballot.adapter;

import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.util.Set;

/** A provider registered in this module's test {@code META-INF/services}, for discovery tests. */
public final class TestProvider implements SystemProvider {
    static final String NAME = "test-system";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "found by the service loader";
    }

    @Override
    public Set<String> workloads() {
        return Set.of("register");
    }

    @Override
    public NodeLimits nodes() {
        return new NodeLimits(3, 3);
    }

    @Override
    public SystemUnderTest create(SystemOptions options) {
        throw new UnsupportedOperationException("a test provider creates nothing");
    }
}
