package dev.ballot.history;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the curated histories are: {@code histories/} at the repository root. */
final class Corpus {
    private Corpus() {
    }

    /** The repository root: the nearest folder above the working directory with histories/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("histories"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no histories/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path knossos() {
        return root().resolve("histories/knossos");
    }
}
