package dev.ballot.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON object of an adapter file, read field by field with the type each field must have.
 * Every error names the file and the field's full path, so that a user can find it.
 */
final class Fields {
    private final Path file;
    private final String path;
    private final JsonNode object;

    /** @param path the object's own path ("" for the file's top level) */
    Fields(Path file, String path, JsonNode object) {
        this.file = file;
        this.path = path;
        this.object = object;
        if (!object.isObject()) {
            throw error(null, "expected an object, got " + object);
        }
    }

    /** Refuses a field outside {@code known}: a misspelt field would otherwise be ignored. */
    void onlyKnown(Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw error(name, "unknown field; known: " + new TreeSet<>(known));
            }
        });
    }

    boolean has(String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A required, non-empty string. */
    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw error(field, "expected a non-empty string, got " + value);
        }
        return value.asText();
    }

    String text(String field, String otherwise) {
        return has(field) ? text(field) : otherwise;
    }

    int integer(String field, int min, int max) {
        JsonNode value = required(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min
                || value.asInt() > max) {
            throw error(field, "expected an integer from " + min + " to " + max + ", got " + value);
        }
        return value.asInt();
    }

    int integer(String field, int min, int max, int otherwise) {
        return has(field) ? integer(field, min, max) : otherwise;
    }

    /** Whether the field is the JSON literal {@code true}. */
    boolean isTrue(String field) {
        return has(field) && object.get(field).isBoolean() && object.get(field).asBoolean();
    }

    /** A positive number, or {@code otherwise} if absent. */
    double positive(String field, double otherwise) {
        if (!has(field)) {
            return otherwise;
        }
        JsonNode value = object.get(field);
        if (!value.isNumber() || !(value.asDouble() > 0)) {
            throw error(field, "expected a positive number, got " + value);
        }
        return value.asDouble();
    }

    /** An array of strings; empty if absent. */
    List<String> strings(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode value = object.get(field);
        if (!value.isArray()) {
            throw error(field, "expected an array of strings, got " + value);
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw error(field + "[" + i + "]", "expected a string, got " + value.get(i));
            }
            strings.add(value.get(i).asText());
        }
        return strings;
    }

    /** An object whose values are strings; empty if absent. */
    Map<String, String> textMap(String field) {
        Map<String, String> map = new LinkedHashMap<>();
        if (has(field)) {
            Fields inner = object(field);
            inner.names().forEach(name -> map.put(name, inner.text(name)));
        }
        return map;
    }

    /** A required object. */
    Fields object(String field) {
        return new Fields(file, where(field), required(field));
    }

    /** The path of {@code field} for messages. */
    String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    AdapterFileException error(String field, String problem) {
        return new AdapterFileException(file, field == null ? (path.isEmpty() ? null : path) : where(field),
                problem);
    }

    private JsonNode required(String field) {
        if (!has(field)) {
            throw error(field, "missing");
        }
        return object.get(field);
    }
}
