package dev.ballot.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values to and from plain data ({@link Values}) on Jackson's streaming API, which is
 * several times faster than building a tree per line. Integers become Long (BigInteger beyond a
 * long), other numbers Double, arrays lists and objects maps with string keys.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** The value whose first token is the parser's current token; leaves it on the last one. */
    static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return Values.integer(parser.getBigIntegerValue());
                }
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case START_ARRAY: {
                List<Object> items = new ArrayList<>(4); // most are cas pairs
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return Values.list(items);
            }
            case START_OBJECT: {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null;
                        name = parser.nextFieldName()) {
                    parser.nextToken();
                    map.put(name, read(parser));
                }
                return Values.map(map);
            }
            default:
                throw new IllegalStateException("not the start of a value: " + token);
        }
    }

    /** Writes plain data; anything else is normalized first. Map keys are written as text. */
    static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Long n) {
            out.writeNumber(n);
        } else if (value instanceof String s) {
            out.writeString(s);
        } else if (value instanceof Double d) {
            out.writeNumber(d);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof BigInteger big) {
            out.writeNumber(big);
        } else if (value instanceof List<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(Values.text(entry.getKey()));
                write(out, entry.getValue());
            }
            out.writeEndObject();
        } else {
            write(out, Values.normalize(value));
        }
    }
}
