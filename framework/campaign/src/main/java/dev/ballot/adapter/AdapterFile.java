package dev.ballot.adapter;

import dev.ballot.sut.NodeIds;
import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.NodeSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A declarative adapter, as {@link AdapterParser} reads it from its file: everything Ballot needs
 * to test a system whose nodes speak the HTTP/JSON client protocol, with no Java.
 *
 * @param file where it was read from; relative paths in it are relative to its directory
 * @param name the name {@code --system} takes
 * @param description one line for {@code ballot systems}
 * @param workloads each workload the system supports, with the arguments it adds to the command
 * @param nodes how many nodes a cluster may have
 * @param image how the node image is built
 * @param node how a node starts, before a workload's and a variant's arguments are added
 * @param variant the arguments that select a variant, with {@code {variant}} standing for its
 *     name; empty if the system has no variants
 * @param leaderIds how the system's leader hints and {@code GET /status} name nodes, or null if it
 *     gives neither (clients then stay with their node, and no fault aims at a leader)
 */
public record AdapterFile(Path file, String name, String description,
                          Map<String, List<String>> workloads, NodeLimits nodes, Image image,
                          NodeSpec node, List<String> variant, NodeIds leaderIds) {
    public AdapterFile {
        workloads = Map.copyOf(workloads);
        variant = List.copyOf(variant);
    }

    /**
     * How the node image is built: either a build-context directory with a Dockerfile, or
     * Dockerfile steps that follow {@code FROM ballot/base:1}; and files copied into the context.
     *
     * @param context the directory, or null when {@code steps} are given
     * @param steps Dockerfile instructions, empty when {@code context} is given
     * @param files each file's name in the context, to its path on the host
     */
    public record Image(Path context, List<String> steps, Map<String, Path> files) {
        public Image {
            steps = List.copyOf(steps);
            files = Map.copyOf(files);
        }
    }
}
