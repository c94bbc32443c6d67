package com.weighttracker.platform.adapter.mail;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class DevMailboxControllerTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-05-01T10:15:30Z"), ZoneOffset.UTC);
    private final CapturingMailer mailer = new CapturingMailer(clock);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DevMailboxController(mailer, clock)).build();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void listsCapturedMailsWithTheirLinks() throws Exception {
        mailer.send(new OutgoingMail("anna@example.com", "Reset your password",
                "Open http://localhost:8080/reset-password?token=abc\nor https://example.com/help\n"));
        MDC.put("requestId", "req-42");

        mvc.perform(get("/dev/mailbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.data[0].to").value("anna@example.com"))
                .andExpect(jsonPath("$.data[0].subject").value("Reset your password"))
                .andExpect(jsonPath("$.data[0].text").value(
                        "Open http://localhost:8080/reset-password?token=abc\nor https://example.com/help\n"))
                .andExpect(jsonPath("$.data[0].links").value(contains(
                        "http://localhost:8080/reset-password?token=abc", "https://example.com/help")))
                .andExpect(jsonPath("$.data[0].sentAt").value("2025-05-01T10:15:30Z"))
                .andExpect(jsonPath("$.meta.timestamp").value("2025-05-01T10:15:30Z"))
                .andExpect(jsonPath("$.meta.requestId").value("req-42"));
    }

    @Test
    void answersWithAnEmptyMailboxAndNullRequestIdOutsideARequest() throws Exception {
        mvc.perform(get("/dev/mailbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").isEmpty())
                .andExpect(jsonPath("$.meta.requestId").value((Object) null));
    }
}
