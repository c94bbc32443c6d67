package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.awaitSubscribed;
import static com.weighttracker.messaging.MessagingTestSteps.group;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.StompTestClient;
import com.weighttracker.support.TestUser;

/**
 * "A slow client is disconnected and does not slow the others" (issue 14), with honest slow
 * clients: raw sockets that connect, subscribe and then stop reading, with a small receive buffer,
 * so what the server sends them piles up in its socket. More of them than Spring's default number
 * of outbound threads (two per core), each of which a blocked write holds. The server closes them
 * within its send time limit, while a normal client in the same conversation gets every message,
 * in order, each batch within seconds.
 */
class SlowClientRealtimeTest extends IntegrationTest {

    private static final int SLOW_CLIENTS = 6;
    private static final int BATCH = 25;
    private static final int MAX_MESSAGES = 2_000;
    /** Far below the send time limit (10 s) a stuck client may hold a write for. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final String TEXT = "x".repeat(4_000);

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @Test
    void slowClientsAreDisconnectedWhileANormalClientKeepsReceivingEverythingPromptly() throws Exception {
        var owner = registerVerified();
        var normal = register();
        var slowUsers = new ArrayList<TestUser>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slowUsers.add(register());
        }
        var members = new ArrayList<TestUser>(slowUsers);
        members.add(normal);
        var conversation = group(api, owner, "slow readers", members.toArray(TestUser[]::new));
        var topic = "/topic/conversations/" + conversation;

        var reader = StompTestClient.connect(port, normal.accessToken());
        var inbox = reader.subscribe(topic);
        awaitSubscribed(users, normal, topic);
        var slowSockets = new ArrayList<SlowReader>();
        for (var slow : slowUsers) {
            slowSockets.add(SlowReader.subscribe(port, slow.accessToken(), topic));
            awaitSubscribed(users, slow, topic);
        }

        var sent = 0;
        var longestWait = Duration.ZERO;
        while (sent < MAX_MESSAGES && slowUsers.stream().anyMatch(this::connected)) {
            for (int i = 0; i < BATCH; i++) {
                send(api, owner, conversation, TEXT + (sent + i));
            }
            var batchSent = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                var pushed = inbox.next("message", PROMPTLY);
                assertThat(pushed).as("message %d reached the normal client within %s", sent + i, PROMPTLY)
                        .isNotNull();
                assertThat(pushed.path("text").asString()).isEqualTo(TEXT + (sent + i));
            }
            var waited = Duration.ofNanos(System.nanoTime() - batchSent);
            longestWait = waited.compareTo(longestWait) > 0 ? waited : longestWait;
            sent += BATCH;
        }

        assertThat(slowUsers).as("every slow client was disconnected by the server (%d messages sent)", sent)
                .noneMatch(this::connected);
        for (var socket : slowSockets) {
            assertThat(socket.drainUntilClosed(Duration.ofSeconds(30))).as("the slow socket was closed").isTrue();
        }
        assertThat(reader.isConnected()).isTrue();
        assertThat(longestWait).isLessThan(PROMPTLY);
        // and the normal client is still served after the slow ones are gone
        send(api, owner, conversation, "after the slow readers");
        assertThat(inbox.next("message", PROMPTLY).path("text").asString()).isEqualTo("after the slow readers");
        reader.close();
    }

    private boolean connected(TestUser user) {
        return users.getUser(user.id()) != null;
    }

    /**
     * A STOMP client on a raw socket that reads the handshake and CONNECTED, subscribes, and then
     * reads nothing more until told to drain: the slow reader a phone on a bad network is.
     */
    private static final class SlowReader {

        private static final SecureRandom RANDOM = new SecureRandom();
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        private SlowReader(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        static SlowReader subscribe(int port, String accessToken, String destination) throws IOException {
            var socket = new Socket();
            socket.setReceiveBufferSize(4_096); // before connecting: the window it announces stays small
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            var reader = new SlowReader(socket);
            reader.handshake(port);
            // no heart-beats either way: a silent client is not why the server closes it
            reader.frame("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer "
                    + accessToken + "\n\n\0");
            var connected = reader.readFrame();
            assertThat(connected).startsWith("CONNECTED");
            reader.frame("SUBSCRIBE\nid:sub-0\ndestination:" + destination + "\n\n\0");
            return reader;
        }

        private void handshake(int port) throws IOException {
            var key = new byte[16];
            RANDOM.nextBytes(key);
            var request = "GET /v1/ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key)
                    + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var response = new ByteArrayOutputStream();
            while (!response.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                var b = in.read();
                if (b < 0) {
                    throw new IOException("closed during the handshake: " + response);
                }
                response.write(b);
            }
            assertThat(response.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 101");
        }

        /** One masked text frame, as a client must send. */
        private void frame(String text) throws IOException {
            var payload = text.getBytes(StandardCharsets.UTF_8);
            var frame = new ByteArrayOutputStream();
            frame.write(0x81);
            if (payload.length < 126) {
                frame.write(0x80 | payload.length);
            } else {
                frame.write(0x80 | 126);
                frame.write(payload.length >> 8);
                frame.write(payload.length & 0xff);
            }
            var mask = new byte[4];
            RANDOM.nextBytes(mask);
            frame.write(mask);
            for (int i = 0; i < payload.length; i++) {
                frame.write(payload[i] ^ mask[i % 4]);
            }
            out.write(frame.toByteArray());
            out.flush();
        }

        /** The text of the next frame from the server (unmasked, not fragmented: what Spring sends). */
        private String readFrame() throws IOException {
            var first = in.readNBytes(2);
            long length = first[1] & 0x7f;
            if (length == 126) {
                var b = in.readNBytes(2);
                length = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            } else if (length == 127) {
                var b = in.readNBytes(8);
                length = 0;
                for (var x : b) {
                    length = (length << 8) | (x & 0xff);
                }
            }
            return new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
        }

        /** Reads what was waiting until the server's end of the connection: true when it closed. */
        boolean drainUntilClosed(Duration wait) throws IOException {
            var until = System.nanoTime() + wait.toNanos();
            var buffer = new byte[64 * 1024];
            try (socket) {
                while (System.nanoTime() < until) {
                    try {
                        if (in.read(buffer) < 0) {
                            return true;
                        }
                    } catch (SocketTimeoutException stillOpen) {
                        return false;
                    } catch (SocketException reset) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
