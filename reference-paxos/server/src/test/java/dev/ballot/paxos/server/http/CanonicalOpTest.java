package dev.ballot.paxos.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast reader accepts the plain bodies exactly as the Jackson reader does, and nothing wrong. */
class CanonicalOpTest {
    private final ObjectMapper json = new ObjectMapper();

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private OpRequest jackson(String body, boolean keyed) {
        try {
            return OpRequest.parse(json.readTree(bytes(body)), keyed);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void plainBodiesReadAsJacksonReadsThem() {
        List<String> multi = List.of("{\"f\":\"read\",\"key\":3}", "{\"f\":\"read\"}",
                "{\"f\":\"write\",\"key\":3,\"value\":-7,\"client\":12,\"seq\":99}",
                " { \"f\" : \"cas\" , \"key\" : 0 , \"value\" : [ null , 4 ] }\n",
                "{\"f\":\"cas\",\"value\":[5,6],\"client\":1,\"seq\":2,\"key\":null}",
                "{\"seq\":2,\"client\":1,\"f\":\"read\",\"key\":123456789012345678}",
                "{\"f\":\"write\",\"key\":1,\"value\":0,\"client\":null,\"seq\":null}");
        for (String body : multi) {
            OpRequest fast = CanonicalOp.parse(bytes(body), false);
            assertNotNull(fast, body);
            assertEquals(jackson(body, false), fast, body);
        }
        for (String body : List.of("{\"f\":\"propose\",\"key\":4,\"value\":1}", "{\"f\":\"read\",\"key\":4}")) {
            assertEquals(jackson(body, true), CanonicalOp.parse(bytes(body), true), body);
        }
    }

    @Test
    void anythingElseIsLeftToJackson() {
        List<String> others = List.of("", "{}", "[]", "null", "{\"f\":\"read\"", "{\"f\":\"read\"} x",
                "{\"f\":\"read\",\"f\":\"write\",\"value\":1}", "{\"f\":\"wr\\u0069te\",\"value\":1}",
                "{\"f\":\"write\",\"value\":1.0}", "{\"f\":\"write\",\"value\":1e3}", "{\"f\":\"write\",\"value\":01}",
                "{\"f\":\"write\",\"value\":1234567890123456789}", "{\"f\":\"write\",\"value\":null}",
                "{\"f\":\"write\"}", "{\"f\":\"cas\",\"value\":[1]}", "{\"f\":\"cas\",\"value\":[1,2,3]}",
                "{\"f\":\"cas\",\"value\":[1,null]}", "{\"f\":\"cas\",\"value\":5}", "{\"f\":\"read\",\"client\":1}",
                "{\"f\":\"read\",\"seq\":1}", "{\"f\":\"read\",\"key\":\"3\"}", "{\"f\":\"propose\",\"value\":1}",
                "{\"f\":\"nope\"}", "{\"f\":3}", "{\"f\":\"read\",\"extra\":1}", "{\"f\":\"read\",}",
                "{\"f\":\"read\",\"key\":-}", "{\"f\":\"read\",\"key\":nul}", "{\"f\":\"read\",\"value\":1}");
        for (String body : others) {
            assertNull(CanonicalOp.parse(bytes(body), false), body);
        }
        assertNull(CanonicalOp.parse(bytes("{\"f\":\"write\",\"value\":1}"), true));
    }
}
