package dev.ballot.cli;

import dev.ballot.adapter.DeclarativeProvider;
import dev.ballot.adapter.Systems;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ballot systems}: the systems {@code ballot run --system NAME} can test, one a line: the
 * name, the workloads, the cluster sizes, the variants, where it comes from (a provider's class,
 * an adapter file) and its description. What could not be installed (a provider that fails to
 * load, a file that is not a valid adapter) is listed on stderr; it does not change the exit
 * code, 0.
 */
@Command(name = "systems", mixinStandardHelpOptions = true,
        description = "List the systems that can be tested: ballot run --system NAME.")
final class SystemsCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("NAME", "WORKLOADS", "NODES", "VARIANTS", "FROM", "DESCRIPTION");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path home = SystemOptions.defaultHome();
        Systems systems = Systems.installed(home);
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (SystemProvider provider : systems.providers()) {
            rows.add(List.of(provider.name(), String.join(",", provider.workloads().stream().sorted().toList()),
                    provider.nodes().toString(),
                    provider.variants().isEmpty() ? "-" : String.join(",", provider.variants()),
                    origin(provider, home), provider.description()));
        }
        PrintWriter out = spec.commandLine().getOut();
        table(rows).forEach(out::println);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        systems.problems().forEach(problem -> err.println("ballot systems: " + problem));
        err.flush();
        return 0;
    }

    /** An adapter file's path (relative to Ballot's home if under it), else the provider's class. */
    private static String origin(SystemProvider provider, Path home) {
        if (provider instanceof DeclarativeProvider file) {
            Path path = file.file().toAbsolutePath().normalize();
            return path.startsWith(home) ? home.relativize(path).toString() : path.toString();
        }
        return provider.getClass().getName();
    }

    /** Rows with every column but the last padded to its widest cell. */
    static List<String> table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(row -> {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns - 1; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            lines.add(line.append(row.get(columns - 1)).toString().stripTrailing());
        }
        return lines;
    }
}
