package com.weighttracker.platform.adapter.mail;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class DevMailboxControllerTest {

    private static final String ANNA = "0193b3a0-0000-7000-8000-000000000001";

    private final Clock clock = Clock.fixed(Instant.parse("2025-05-01T10:15:30Z"), ZoneOffset.UTC);
    private final CapturingMailer mailer = new CapturingMailer(clock);
    private final MailboxAddresses addresses = userId -> Optional.ofNullable(Map.of(ANNA, "anna@example.com").get(userId));
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DevMailboxController(mailer, addresses, clock))
            .build();

    @AfterEach
    void clear() {
        MDC.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsTheCallersOwnMailsWithTheirLinks() throws Exception {
        mailer.send(new OutgoingMail("anna@example.com", "Reset your password",
                "Open http://localhost:8080/reset-password?token=abc\nor https://example.com/help\n"));
        signIn(ANNA);
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
    void hidesMailsToOtherAddresses() throws Exception {
        mailer.send(new OutgoingMail("bob@example.com", "Reset your password", "token=secret"));
        mailer.send(new OutgoingMail("anna@example.com", "Verify your e-mail address", "Hi anna"));
        signIn(ANNA);

        mvc.perform(get("/dev/mailbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].to").value("anna@example.com"));
    }

    @Test
    void showsNothingToAnonymousCallersOrUnknownUsers() throws Exception {
        mailer.send(new OutgoingMail("anna@example.com", "Reset your password", "token=secret"));

        mvc.perform(get("/dev/mailbox")).andExpect(jsonPath("$.data").isEmpty());
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        mvc.perform(get("/dev/mailbox")).andExpect(jsonPath("$.data").isEmpty());
        signIn("0193b3a0-0000-7000-8000-000000000002");
        mvc.perform(get("/dev/mailbox"))
                .andExpect(jsonPath("$.data").isEmpty())
                .andExpect(jsonPath("$.meta.requestId").value((Object) null));
    }

    private static void signIn(String userId) {
        var authentication = new TestingAuthenticationToken(userId, null, AuthorityUtils.NO_AUTHORITIES);
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
