package dev.ballot.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads Ballot's history format: one JSON object per line, as described in the package
 * documentation. Blank lines are skipped; a last line cut off without its newline that does not
 * parse is dropped with a warning (what a killed writer leaves). Every other problem is a
 * {@link HistoryFormatException} naming the file, line and column: invalid JSON, a missing field,
 * a field of the wrong type, an unknown type, or events that do not pair up.
 *
 * <p>Each line gets its own streaming parser over the line's bytes: that pins every error to its
 * line and makes "one object per line" a rule the reader checks rather than assumes.
 */
public final class JsonLinesReader {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonLinesReader() {
    }

    /**
     * Reads a whole history.
     *
     * @param source the file name for messages
     * @param in UTF-8 bytes; the caller closes it
     * @param warnings receives a message for a line dropped by the killed-writer rule
     * @throws HistoryFormatException if the input is not a well-formed history
     * @throws UncheckedIOException if reading fails
     */
    public static History read(String source, InputStream in, Consumer<String> warnings) {
        HistoryBuilder builder = new HistoryBuilder(source);
        ByteLines lines = new ByteLines(in);
        try {
            while (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                Op op;
                try (JsonParser parser = JSON.createParser(lines.buffer(), lines.start(),
                        lines.length())) {
                    op = event(source, lines.number(), parser);
                } catch (JsonProcessingException e) {
                    HistoryFormatException error = syntaxError(source, lines.number(), e);
                    if (lines.terminated()) {
                        throw error;
                    }
                    CutOffLine.dropped(warnings, error);
                    break;
                }
                builder.add(op, lines.number(), 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return builder.build();
    }

    /** The event on one line; syntax errors escape as Jackson's exceptions. */
    private static Op event(String source, long line, JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new HistoryFormatException(source, line, column(parser.currentTokenLocation()),
                    "expected a JSON object such as {\"type\":\"invoke\",\"process\":0,"
                            + "\"f\":\"read\",\"value\":null}");
        }
        OpDraft draft = new OpDraft();
        Op op;
        try {
            for (String name = parser.nextFieldName(); name != null;
                    name = parser.nextFieldName()) {
                parser.nextToken();
                draft.set(name, JsonValues.read(parser));
            }
            op = draft.build();
        } catch (OpDraft.Problem e) {
            throw new HistoryFormatException(source, line,
                    column(parser.currentTokenLocation()), e.getMessage());
        }
        if (parser.nextToken() != null) {
            throw new HistoryFormatException(source, line, column(parser.currentTokenLocation()),
                    "more than one JSON value on the line");
        }
        return op;
    }

    private static HistoryFormatException syntaxError(String source, long line,
            JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        // Jackson appends where a container started as "(start marker at [Source: ...])";
        // the line and column already say where.
        int marker = problem.indexOf(" (start marker at");
        if (marker > 0) {
            problem = problem.substring(0, marker);
        }
        return new HistoryFormatException(source, line, column(e.getLocation()),
                "invalid JSON: " + problem);
    }

    private static long column(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getColumnNr(), 0);
    }
}
