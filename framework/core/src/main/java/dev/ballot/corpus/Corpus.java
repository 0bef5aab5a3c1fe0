package dev.ballot.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.history.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The regression corpus under {@code histories/}: each folder has an {@code EXPECTED.tsv} with
 * the columns {@code path, model, initial, expected_valid, entries} (initial as JSON). Knossos'
 * histories follow its convention that a read of nil matches any state; the others do not.
 */
public final class Corpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corpus() {
    }

    /** The entries of {@code folder/EXPECTED.tsv}. */
    public static List<CorpusEntry> load(Path folder) {
        boolean knossos = folder.getFileName().toString().equals("knossos");
        try {
            List<CorpusEntry> entries = new ArrayList<>();
            List<String> lines = Files.readAllLines(folder.resolve("EXPECTED.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                Object initial = Values.normalize(MAPPER.readValue(columns[2], Object.class));
                entries.add(new CorpusEntry(folder.resolve(columns[0]), columns[1], initial,
                        knossos, Boolean.parseBoolean(columns[3])));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository's {@code histories} folder: {@code $BALLOT_HOME/histories}, or the first
     * {@code histories} folder found walking up from the working directory.
     */
    public static Path root() {
        String home = System.getenv("BALLOT_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "histories"))) {
            return Path.of(home, "histories");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("histories"))) {
                return dir.resolve("histories");
            }
        }
        throw new IllegalStateException("no histories folder above " + Path.of("").toAbsolutePath());
    }
}
