package dev.ballot.history;

/**
 * A history file that cannot be read: it names the file, the line (1-based), the column (1-based,
 * or 0 where there is none) and what was wrong. The command line prints it and exits with 2.
 */
public final class HistoryFormatException extends RuntimeException {
    private final String file;
    private final long line;
    private final long column;
    private final String problem;

    public HistoryFormatException(String file, long line, long column, String problem) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
