package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.weighttracker.support.IntegrationTest;

/** A client that hangs up before the answer is written is routine, not an error of ours. */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void aClientClosingTheConnectionEarlyIsNoErrorInTheLog(CapturedOutput output) throws Exception {
        var token = register().accessToken();
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + LargeDownloadProbeController.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().readNBytes(1024)).hasSize(1024);
            socket.setSoLinger(true, 0); // close with a reset, as a browser tab closing does
        }

        var finished = "GET " + LargeDownloadProbeController.PATH + " -> ";
        var deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!output.getAll().contains(finished) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(output.getAll()).as("the request was handled to its end").contains(finished);
        assertThat(Arrays.stream(output.getAll().split("\\R")).filter(line -> line.contains("\"level\":\"ERROR\"")))
                .isEmpty();
    }
}
