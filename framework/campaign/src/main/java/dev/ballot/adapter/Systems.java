package dev.ballot.adapter;

import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The systems installed, by name: every {@link SystemProvider} that {@link ServiceLoader} finds on
 * the class path (the built-in {@code reference} among them), then every adapter file
 * ({@code *.json}) of the adapter directories, in order. A name taken twice keeps its first
 * provider. A provider that cannot be loaded, or a file that is not a valid adapter, is a problem
 * to report, not an error: it must not keep the other systems from running.
 */
public final class Systems {
    /** Directories of adapter files, beyond {@code adapters/} in Ballot's home, path-separated. */
    public static final String ADAPTERS_ENV = "BALLOT_ADAPTERS";

    private final Map<String, SystemProvider> providers = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Systems() {
    }

    /** What {@code ballot} sees: its class path, {@code home/adapters} and {@code $BALLOT_ADAPTERS}. */
    public static Systems installed(Path home) {
        List<Path> dirs = new ArrayList<>(List.of(home.resolve("adapters")));
        String extra = System.getenv(ADAPTERS_ENV);
        if (extra != null) {
            Stream.of(extra.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                    .map(Path::of).forEach(dirs::add);
        }
        return discover(Thread.currentThread().getContextClassLoader(), dirs);
    }

    /** The providers {@code loader} finds, then the adapter files of {@code dirs} (missing ones skipped). */
    public static Systems discover(ClassLoader loader, List<Path> dirs) {
        Systems systems = new Systems();
        Iterator<SystemProvider> found = ServiceLoader.load(SystemProvider.class, loader).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                SystemProvider provider = found.next();
                systems.add(provider, provider.getClass().getName());
            } catch (ServiceConfigurationError e) {
                systems.problems.add("a system provider could not be loaded: " + e.getMessage());
            }
        }
        dirs.forEach(systems::addDirectory);
        return systems;
    }

    private void addDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> {
                try {
                    add(DeclarativeProvider.load(file), file.toString());
                } catch (AdapterFileException e) {
                    problems.add(e.getMessage());
                }
            });
        } catch (IOException e) {
            problems.add(dir + ": cannot be listed: " + e);
        }
    }

    private void add(SystemProvider provider, String where) {
        SystemProvider taken = providers.putIfAbsent(provider.name(), provider);
        if (taken != null) {
            problems.add(where + ": the name '" + provider.name() + "' is taken; skipped");
        }
    }

    /** The installed providers, in the order they were found. */
    public List<SystemProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** What could not be installed, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The system {@code --system} names: an installed provider's name, or the path of an adapter
     * file (anything with a path separator or ending in {@code .json}).
     *
     * @throws IllegalArgumentException for an unknown name, listing the installed ones, or an
     *     {@link AdapterFileException} for a file that is not a valid adapter
     */
    public SystemProvider find(String system) {
        if (system.contains("/") || system.contains(File.separator) || system.endsWith(".json")) {
            return DeclarativeProvider.load(Path.of(system));
        }
        SystemProvider provider = providers.get(system);
        if (provider == null) {
            throw new IllegalArgumentException("unknown system '" + system + "'; installed: "
                    + String.join(", ", providers.keySet())
                    + (problems.isEmpty() ? "" : " (and problems: " + String.join("; ", problems) + ")"));
        }
        return provider;
    }

    /**
     * The system {@code system} names, made for {@code options} once its provider said it
     * supports the workload and a cluster of {@code nodes}. Cheap: nothing is started.
     *
     * @throws IllegalArgumentException as {@link #find} does, or if the provider does not support
     *     the workload, the size or the variant
     */
    public SystemUnderTest create(String system, SystemOptions options, int nodes) {
        SystemProvider provider = find(system);
        if (!provider.workloads().contains(options.workload())) {
            throw new IllegalArgumentException("--workload " + options.workload() + ": "
                    + provider.name() + " supports " + String.join(", ",
                    provider.workloads().stream().sorted().toList()));
        }
        provider.nodes().check(provider.name(), nodes);
        return provider.create(options);
    }
}
