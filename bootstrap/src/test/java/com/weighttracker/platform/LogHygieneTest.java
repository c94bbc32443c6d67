package com.weighttracker.platform;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;

/** The application's logs are structured JSON with request ids, and never hold secrets or addresses. */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends IntegrationTest {

    @Test
    void logsNoPasswordTokenOrEmailThroughAWholeAccountJourney(CapturedOutput output) {
        var user = register();
        var verification = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), "Verify your e-mail address"));
        api.post("/v1/auth/verify-email", body("token", verification), null);
        api.post("/v1/auth/login", body("email", user.email(), "password", "Wrong1234"), null);
        var signedIn = logIn(user);
        api.post("/v1/auth/refresh", body("refreshToken", signedIn.refreshToken()), null);
        api.post("/v1/auth/forgot-password", body("email", user.email()), null);
        var reset = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), "Reset your password"));
        api.post("/v1/auth/reset-password", body("token", reset, "password", "Another456"), null);
        api.post("/v1/auth/login", "{\"email\": broken", null);

        var applicationLines = Arrays.stream(output.getAll().split("\\R"))
                .filter(line -> line.startsWith("{\"@timestamp\""))
                .filter(line -> !line.contains("\"logger\":\"com.icegreen"))
                .toList();
        assertThat(applicationLines).anySatisfy(line -> assertThat(line)
                .contains("\"requestId\":\"req_").contains("POST /v1/auth/login -> 401"));
        assertThat(applicationLines).allSatisfy(line -> assertThat(line)
                .doesNotContain(user.password(), "Another456", "Wrong1234", user.email(), verification, reset,
                        signedIn.accessToken(), signedIn.refreshToken()));
    }
}
