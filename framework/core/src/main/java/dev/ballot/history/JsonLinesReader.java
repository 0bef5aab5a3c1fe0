package dev.ballot.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads Ballot's history format: one JSON object per line, as described in the package
 * documentation. Blank lines are skipped; a last line cut off without its newline that does not
 * parse is dropped with a warning (what a killed writer leaves). Every other problem is a
 * {@link HistoryFormatException} naming the file, line and column: invalid JSON, two values on a
 * line, a missing field, a field of the wrong type, an unknown type, or events that do not pair.
 *
 * <p>One streaming parser reads the whole stream as a sequence of root values (a parser per line
 * measured 20 to 40% slower), and the reader checks from the token positions that each event sits
 * on a line of its own.
 */
public final class JsonLinesReader {
    /** The caller owns the stream, and the killed-writer rule reads on after the parser stops. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final String source;
    private final JsonParser parser;
    private final SharedStrings names = new SharedStrings();
    private final OpDraft draft = new OpDraft(names);
    private long previousLine;
    /** The line of the event being read, or 0 between events. */
    private long eventLine;

    private JsonLinesReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
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
        LineCountingInputStream counted = new LineCountingInputStream(in);
        try (JsonParser parser = JSON.createParser(counted)) {
            JsonLinesReader reader = new JsonLinesReader(source, parser);
            while (true) {
                Op op;
                try {
                    op = reader.next(builder.size());
                } catch (JsonProcessingException e) {
                    HistoryFormatException error = reader.syntaxError(e);
                    if (!counted.isCutOffLastLine(error.line())) {
                        throw error;
                    }
                    CutOffLine.dropped(warnings, error);
                    break;
                }
                if (op == null) {
                    break;
                }
                builder.add(op, reader.previousLine, 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return builder.build();
    }

    /** The next event, or null at the end; syntax errors escape as Jackson's exceptions. */
    private Op next(long index) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        long line = tokenLine();
        if (line == previousLine) {
            throw problem("more than one JSON value on the line");
        }
        previousLine = line;
        eventLine = line;
        if (token != JsonToken.START_OBJECT) {
            throw problem("expected a JSON object such as {\"type\":\"invoke\",\"process\":0,"
                    + "\"f\":\"read\",\"value\":null}");
        }
        draft.clear();
        try {
            for (String name = parser.nextFieldName(); name != null;
                    name = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    draft.setInteger(name, parser.getLongValue());
                } else if (value == JsonToken.VALUE_STRING) {
                    draft.set(name, names.share(parser.getTextCharacters(),
                            parser.getTextOffset(), parser.getTextLength()));
                } else {
                    draft.set(name, JsonValues.read(parser));
                }
            }
            if (tokenLine() != line) {
                throw problem("an event must be on one line; this one starts on line " + line);
            }
            eventLine = 0;
            return draft.build(index);
        } catch (OpDraft.Problem e) {
            throw problem(e.getMessage());
        }
    }

    /** The line of the current token; ParserBase knows it without allocating a location. */
    private long tokenLine() {
        return parser instanceof ParserBase base ? base.getTokenLineNr()
                : parser.currentTokenLocation().getLineNr();
    }

    private HistoryFormatException problem(String message) {
        JsonLocation at = parser.currentTokenLocation();
        return new HistoryFormatException(source, at.getLineNr(), column(at), message);
    }

    /**
     * The error for invalid JSON. Input that ends inside an event is reported on the line where
     * the event starts, not after the file's last newline: that is the line to look at, and the
     * line the killed-writer rule asks about.
     */
    private HistoryFormatException syntaxError(JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        // Jackson appends where a container started as "(start marker at [Source: ...])";
        // the line and column already say where.
        int marker = problem.indexOf(" (start marker at");
        if (marker > 0) {
            problem = problem.substring(0, marker);
        }
        JsonLocation at = e.getLocation();
        if (e instanceof JsonEOFException && eventLine > 0) {
            return new HistoryFormatException(source, eventLine, 0,
                    "invalid JSON: the event that starts here is cut off: " + problem);
        }
        return new HistoryFormatException(source, at == null ? 0 : at.getLineNr(), column(at),
                "invalid JSON: " + problem);
    }

    private static long column(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getColumnNr(), 0);
    }
}
