package dev.ballot.history;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a Jepsen or Knossos history in EDN: either one vector or list of op maps, or a bare
 * stream of op maps (Jepsen's {@code history.edn}). The file is read as a stream, one op map at a
 * time, and each event goes through {@link HistoryBuilder}, so every error, syntax or pairing,
 * names the file, line and column.
 *
 * <p>Op map keys: {@code :type} ({@code :invoke :ok :fail :info}), {@code :f}, {@code :process}
 * (an integer, or {@code :nemesis}), and optionally {@code :value}, {@code :time}, {@code :key},
 * {@code :node}, {@code :error} (rendered as text when it is not a string). {@code :index} is
 * ignored: the order of the maps is the real-time order. Other keys are ignored.
 */
public final class EdnReader {
    private final String source;
    private final EdnInput in;
    private final EdnParser parser;
    private final Consumer<String> warnings;
    private final HistoryBuilder builder;
    private final SharedStrings names = new SharedStrings();
    private final OpDraft draft = new OpDraft(names);
    /** Whether the killed-writer rule dropped the last event; that excuses a missing close. */
    private boolean cutOff;

    private EdnReader(String source, Reader reader, Consumer<String> warnings) {
        this.source = source;
        this.in = new EdnInput(reader);
        this.parser = new EdnParser(source, in);
        this.warnings = warnings;
        this.builder = new HistoryBuilder(source);
    }

    /**
     * Reads a whole history.
     *
     * @param source the file name for messages
     * @param reader the text; the caller closes it
     * @param warnings receives a message for an event dropped by the killed-writer rule
     * @throws HistoryFormatException if the text is not a well-formed history
     * @throws UncheckedIOException if the reader fails
     */
    public static History read(String source, Reader reader, Consumer<String> warnings) {
        try {
            return new EdnReader(source, reader, warnings).readAll();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(source + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private History readAll() {
        int first = parser.peekForm();
        if (first == '[' || first == '(') {
            long line = in.line();
            long column = in.column();
            in.read();
            char close = first == '[' ? ']' : ')';
            if (readEvents(close)) {
                in.read();
                if (parser.peekForm() != EdnInput.EOF) {
                    throw parser.error(in.line(), in.column(), "unexpected content after the"
                            + " history's closing '" + close + "'");
                }
            } else if (!cutOff) {
                throw parser.unclosed(close, line, column);
            }
        } else {
            readEvents(EdnInput.EOF);
        }
        return builder.build();
    }

    /**
     * Reads op maps until {@code close} (left unconsumed; returns true) or the end of the input
     * (returns false).
     */
    private boolean readEvents(int close) {
        while (true) {
            int c = parser.peekForm();
            if (c == close) {
                return true;
            }
            if (c == EdnInput.EOF) {
                return false;
            }
            long line = in.line();
            long column = in.column();
            Object form;
            try {
                form = parser.read();
            } catch (HistoryFormatException e) {
                // Only a syntax error on the last line, with no line break after it, is what a
                // killed writer leaves behind.
                if (!in.endsInCutOffLine()) {
                    throw e;
                }
                CutOffLine.dropped(warnings, e);
                cutOff = true;
                return false;
            }
            builder.add(event(form, line, column), line, column);
        }
    }

    private Op event(Object form, long line, long column) {
        if (!(form instanceof Map<?, ?> map)) {
            throw parser.error(line, column, "expected an op map such as {:type :invoke, :f :read,"
                    + " :process 0}, found " + Values.text(form));
        }
        draft.clear();
        try {
            for (Map.Entry<?, ?> field : map.entrySet()) {
                if (field.getKey() instanceof String name) {
                    draft.set(name, field.getValue());
                }
            }
            return draft.build(builder.size());
        } catch (OpDraft.Problem e) {
            throw new HistoryFormatException(source, line, column, e.getMessage());
        }
    }
}
