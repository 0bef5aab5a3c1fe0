package dev.ballot.history;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a history file in either format, JSON lines ({@link JsonLinesReader}) or Jepsen's EDN
 * ({@link EdnReader}). The format comes from the file's extension ({@code .edn}; {@code .jsonl},
 * {@code .ndjson}, {@code .json}) and otherwise from its first character that is not blank or a
 * comment: <code>{"</code> is JSON lines; {@code [}, {@code (}, <code>{:</code>, {@code ;} or
 * {@code #} is EDN. Warnings (a dropped cut-off last line) go to the caller's sink and to the log.
 */
public final class HistoryReader {
    /** How far to look for the first meaningful character before giving up and trying JSON. */
    private static final int SNIFF_LIMIT = 1 << 16;

    private enum Format { EDN, JSON_LINES }

    private HistoryReader() {
    }

    /**
     * Reads a history file.
     *
     * @throws HistoryFormatException if it is not a well-formed history (names file and line)
     * @throws UncheckedIOException if it cannot be read (names the file)
     */
    public static History read(Path file, Consumer<String> warnings) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
    }

    /**
     * Reads a history from a stream, which the caller closes.
     *
     * @param name the file name: its extension may decide the format, and messages name it
     */
    public static History read(String name, InputStream in, Consumer<String> warnings) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_LIMIT);
            skipByteOrderMark(buffered);
            Format format = byExtension(name);
            if (format == null) {
                format = bySniffing(buffered);
            }
            return switch (format) {
                case JSON_LINES -> JsonLinesReader.read(name, buffered, warnings);
                case EDN -> EdnReader.read(name,
                        new InputStreamReader(buffered, StandardCharsets.UTF_8), warnings);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e, e);
        }
    }

    private static Format byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".edn")) {
            return Format.EDN;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Format.JSON_LINES;
        }
        return null;
    }

    private static Format bySniffing(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_LIMIT);
        try {
            int first = nextNonBlank(in);
            return switch (first) {
                case '[', '(', ';', '#' -> Format.EDN;
                case '{' -> nextNonBlank(in) == ':' ? Format.EDN : Format.JSON_LINES;
                default -> Format.JSON_LINES;
            };
        } finally {
            in.reset();
        }
    }

    private static int nextNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < SNIFF_LIMIT - 1; i++) {
            int c = in.read();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',') {
                return c;
            }
        }
        return -1;
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
    }
}
