package dev.ballot.adapter;

import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.nio.file.Path;
import java.util.Set;

/**
 * The provider of one adapter file: found by the file's {@code name} in an adapters directory, or
 * named by its path ({@code --system adapters/my-system.json}). Its variant is what the file's
 * {@code variant} arguments put in place of {@code {variant}}.
 */
public final class DeclarativeProvider implements SystemProvider {
    private final AdapterFile adapter;

    public DeclarativeProvider(AdapterFile adapter) {
        this.adapter = adapter;
    }

    /** @throws AdapterFileException if the file cannot be read or is not a valid adapter */
    public static DeclarativeProvider load(Path file) {
        return new DeclarativeProvider(AdapterParser.read(file));
    }

    /** The file it was read from. */
    public Path file() {
        return adapter.file();
    }

    @Override
    public String name() {
        return adapter.name();
    }

    @Override
    public String description() {
        return adapter.description();
    }

    @Override
    public Set<String> workloads() {
        return adapter.workloads().keySet();
    }

    @Override
    public NodeLimits nodes() {
        return adapter.nodes();
    }

    @Override
    public SystemUnderTest create(SystemOptions options) {
        return new DeclarativeSystem(adapter, options.workload(), options.variant());
    }
}
