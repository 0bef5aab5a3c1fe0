package dev.ballot.paxos.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client API's HTTP/1.1 server, spoken to over a raw socket. */
class KeepAliveServerTest {
    private KeepAliveServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new KeepAliveServer(port, 4, 16, 2_000, new KeepAliveServer.Handler() {
            /** Echoes the request; a path with "late" is answered later, from another thread. */
            @Override
            public void handle(Exchange exchange, KeepAliveServer.Reply reply) {
                String echo = exchange.method + " " + exchange.path + " " + new String(exchange.body, StandardCharsets.UTF_8);
                byte[] answer = ("\"" + echo + "\"").getBytes(StandardCharsets.UTF_8);
                if (exchange.path.contains("late")) {
                    CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> reply.send(200, answer));
                } else {
                    reply.send(200, answer);
                }
            }

            @Override
            public byte[] refusal(int status) {
                return ("\"refused " + status + "\"").getBytes(StandardCharsets.UTF_8);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void requestsOnOneConnectionAreAnsweredInOrder() throws IOException {
        String answers = pipelined("POST /op?x=1 HTTP/1.1\r\nContent-Length: 2\r\n\r\nab"
                + "GET /status HTTP/1.1\r\nHost: h\r\n\r\n", 2);
        assertTrue(answers.contains("\"POST /op ab\""), answers);
        assertTrue(answers.contains("\"GET /status \""), answers);
        assertTrue(answers.startsWith("HTTP/1.1 200 OK\r\n"), answers);
    }

    @Test
    void anAnswerGivenLaterStillPrecedesTheAnswerToAPipelinedRequest() throws IOException {
        String answers = pipelined("POST /late HTTP/1.1\r\nContent-Length: 1\r\n\r\na"
                + "POST /op HTTP/1.1\r\nContent-Length: 1\r\n\r\nb", 2);
        assertTrue(answers.indexOf("\"POST /late a\"") < answers.indexOf("\"POST /op b\""), answers);
        assertTrue(answers.indexOf("\"POST /late a\"") >= 0, answers);
    }

    @Test
    void whatItCannotReadIsRefusedAndTheConnectionClosed() throws IOException {
        for (String[] request : new String[][] {
                {"POST /op HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n", "411"},
                {"POST /op HTTP/1.1\r\nContent-Length: 17\r\n\r\n", "413"},
                {"hello\r\n\r\n", "400"}}) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(request[0].getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 " + request[1]), answer);
                assertTrue(answer.contains("Connection: close") && answer.endsWith("\"refused " + request[1] + "\""), answer);
            }
        }
    }

    @Test
    void connectionCloseIsHonoured() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("\"GET /health \"", answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }

    /** Sends {@code requests} in one write on one connection and reads {@code answers} answers. */
    private String pipelined(String requests, int answers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.US_ASCII));
            return read(socket.getInputStream(), answers);
        }
    }

    /** Reads until {@code answers} complete answers (each ends with its body, a quoted string) came. */
    private static String read(InputStream in, int answers) throws IOException {
        StringBuilder text = new StringBuilder();
        int quotes = 0;
        while (quotes < 2 * answers) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            text.append((char) c);
            if (c == '"') {
                quotes++;
            }
        }
        return text.toString();
    }
}
