package dev.ballot.paxos.server.codec;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Value;
import java.io.IOException;
import java.util.List;

/**
 * Encodes peer frames ({@link Envelope}) and durable log records ({@link Stored}) as UTF-8 JSON,
 * the tagged-object encoding the core suggests: every member of a sealed hierarchy of the core
 * becomes an object whose {@code "type"} is its simple name, with its components by name, for
 * example {@code {"type":"Prepare","ballot":{"round":3,"nodeId":1},"fromSlot":7}}.
 *
 * <p>Decoding is strict (unknown or missing properties fail), so a frame from a peer that does
 * not speak this encoding is rejected as a whole rather than half understood. Thread-safe.
 */
public final class Codec {

    /** Tags every sealed hierarchy of the core with the member's simple name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface Tagged {
    }

    private static final List<Class<?>> SEALED =
            List.of(Body.class, Durable.class, Value.class, Outcome.class, Request.class);

    // Readers and writers bound to their root type once: resolving the root type on every call
    // showed up in profiles of a busy leader.
    private final ObjectWriter envelopeWriter;
    private final ObjectReader envelopeReader;
    private final ObjectWriter storedWriter;
    private final ObjectReader storedReader;

    public Codec() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (Class<?> sealed : SEALED) {
            builder.addMixIn(sealed, Tagged.class);
            for (Class<?> member : sealed.getPermittedSubclasses()) {
                // Jackson's default name of a nested class is "Body$Prepare"; the tag is "Prepare".
                builder.registerSubtypes(new NamedType(member, member.getSimpleName()));
            }
        }
        ObjectMapper mapper = builder.build();
        this.envelopeWriter = mapper.writerFor(Envelope.class);
        this.envelopeReader = mapper.readerFor(Envelope.class);
        this.storedWriter = mapper.writerFor(Stored.class);
        this.storedReader = mapper.readerFor(Stored.class);
    }

    public byte[] encode(Envelope envelope) {
        return write(envelopeWriter, envelope);
    }

    public byte[] encode(Stored stored) {
        return write(storedWriter, stored);
    }

    /** Decodes a peer frame; throws {@link MalformedException} if it is not a valid envelope. */
    public Envelope envelope(byte[] bytes) throws MalformedException {
        return read(envelopeReader, bytes, Envelope.class);
    }

    /** Decodes a log record; throws {@link MalformedException} if it is not a valid record. */
    public Stored stored(byte[] bytes) throws MalformedException {
        return read(storedReader, bytes, Stored.class);
    }

    private static byte[] write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value, e);
        }
    }

    private static <T> T read(ObjectReader reader, byte[] bytes, Class<T> type) throws MalformedException {
        try {
            T value = reader.readValue(bytes);
            if (value == null) {
                throw new MalformedException("null " + type.getSimpleName());
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new MalformedException("not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
