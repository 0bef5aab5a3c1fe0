package dev.ballot.adapter;

import java.nio.file.Path;

/**
 * An adapter file that cannot be used, with a message that names the file, the field (as a path
 * such as {@code image.files.node.jar} or {@code command[2]}) and what is wrong with it.
 */
public final class AdapterFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param field the field's path, or null if the problem is the file's as a whole */
    public AdapterFileException(Path file, String field, String problem) {
        super(file + ": " + (field == null ? "" : field + ": ") + problem);
    }
}
