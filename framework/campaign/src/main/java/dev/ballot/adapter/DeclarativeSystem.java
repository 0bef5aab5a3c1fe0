package dev.ballot.adapter;

import dev.ballot.sut.Client;
import dev.ballot.sut.HttpJsonClients;
import dev.ballot.sut.ImageRecipe;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.NodeSpec;
import dev.ballot.sut.SystemUnderTest;
import dev.ballot.sut.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A system under test described by an {@link AdapterFile}: its nodes speak the HTTP/JSON client
 * protocol, so the clients are {@link HttpJsonClients}'; everything else is the file's. The
 * command is the file's, then the workload's arguments, then the variant's if one is asked for.
 */
final class DeclarativeSystem implements SystemUnderTest {
    /** What image steps build on: Debian with a JRE, iptables, libfaketime and user ballot. */
    static final String BASE_IMAGE = "ballot/base:1";

    private final AdapterFile adapter;
    private final NodeSpec node;
    private final HttpJsonClients clients;

    /**
     * @param variant a variant's name, or null
     * @throws IllegalArgumentException if the system does not support the workload or has no
     *     variants and one is asked for
     */
    DeclarativeSystem(AdapterFile adapter, String workload, String variant) {
        List<String> workloadArgs = adapter.workloads().get(workload);
        if (workloadArgs == null) {
            throw new IllegalArgumentException(adapter.name() + " (" + adapter.file()
                    + ") does not support the workload '" + workload + "'; it supports "
                    + adapter.workloads().keySet().stream().sorted().toList());
        }
        if (variant != null && adapter.variant().isEmpty()) {
            throw new IllegalArgumentException(adapter.name() + " (" + adapter.file()
                    + ") has no variants (its file has no 'variant' field): cannot run '" + variant + "'");
        }
        List<String> command = new ArrayList<>(adapter.node().command());
        command.addAll(workloadArgs);
        if (variant != null) {
            // Only {variant} is filled in now; the node's own placeholders are kept for its start.
            Map<String, String> bindings = new HashMap<>();
            NodeSpec.NODE_PLACEHOLDERS.forEach(name -> bindings.put(name, "{" + name + "}"));
            bindings.put("variant", variant);
            adapter.variant().forEach(arg -> command.add(Template.render(arg, bindings)));
        }
        this.adapter = adapter;
        this.node = adapter.node().withCommand(command);
        this.clients = new HttpJsonClients(adapter.leaderIds());
    }

    @Override
    public String name() {
        return adapter.name();
    }

    @Override
    public Set<String> workloads() {
        return adapter.workloads().keySet();
    }

    /**
     * The image recipe; for {@code steps}, a build context holding only the generated Dockerfile
     * is written to a temporary directory (the recipe's files are copied in by the build).
     *
     * @throws IllegalStateException if a file to copy in, or the context's Dockerfile, is missing
     */
    @Override
    public ImageRecipe image() {
        AdapterFile.Image image = adapter.image();
        image.files().forEach((name, path) -> {
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(adapter.file() + ": image.files." + name + ": "
                        + path + " does not exist (is it built?)");
            }
        });
        if (image.context() != null && !Files.isRegularFile(image.context().resolve("Dockerfile"))) {
            throw new IllegalStateException(adapter.file() + ": image.context: " + image.context()
                    + " has no Dockerfile");
        }
        String tag = "ballot/adapter-" + adapter.name();
        Path context = image.context() != null ? image.context() : writeContext(dockerfile(image.steps()));
        return new ImageRecipe(tag, context, image.files());
    }

    /** The Dockerfile for {@code steps}. */
    static String dockerfile(List<String> steps) {
        return "FROM " + BASE_IMAGE + "\n" + String.join("\n", steps) + "\n";
    }

    private static Path writeContext(String dockerfile) {
        try {
            Path dir = Files.createTempDirectory("ballot-image-");
            dir.toFile().deleteOnExit();
            Path file = Files.writeString(dir.resolve("Dockerfile"), dockerfile);
            file.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image's Dockerfile", e);
        }
    }

    @Override
    public NodeSpec node() {
        return node;
    }

    @Override
    public Client client(NodeAddress address, Duration timeout) {
        return clients.client(address, timeout);
    }

    @Override
    public List<String> primaries(List<NodeAddress> addresses, Duration timeout) {
        return clients.primaries(addresses, timeout);
    }
}
