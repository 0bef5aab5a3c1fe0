package dev.ballot.sut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads a node's {@code GET /status} ({@code id}, {@code leader}, ...). A node that does
 * not answer in time, or answers garbage, has no status: callers treat that as "cannot say".
 */
final class StatusReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusReader() {
    }

    /** The node's status, or null if it cannot be had. */
    static JsonNode read(HttpClient http, NodeAddress node, Duration timeout) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(
                    "http://" + node.host() + ":" + node.port() + "/status")).timeout(timeout).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return MAPPER.readTree(response.body());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A text field of a status, or null if the status or the field is missing or null. */
    static String field(JsonNode status, String name) {
        JsonNode value = status == null ? null : status.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
