package dev.ballot.sut;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a node image is built, as data: a build-context directory holding a {@code Dockerfile}, plus
 * files from elsewhere copied into the context first (the node's jar, for example). Images are
 * always built locally; no registry is reachable.
 *
 * @param tag the image name, e.g. {@code ballot/reference-paxos:dev}; a build reuses an image of
 *     that name if its inputs did not change
 * @param context the directory with the Dockerfile
 * @param files each file's path inside the context, to the file on the host that is copied there
 */
public record ImageRecipe(String tag, Path context, Map<String, Path> files) {
    public ImageRecipe {
        files = Map.copyOf(files);
    }

    public Path dockerfile() {
        return context.resolve("Dockerfile");
    }
}
