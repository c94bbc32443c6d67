package com.weighttracker.platform;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.support.IntegrationTest;

/** NFR-1.3: no statement runs longer than 5 s; a stalled database gives a fast 503, not a hang. */
class DatabaseTimeoutTest extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void answers503WhenAStatementWaitsLongerThanFiveSeconds() throws Exception {
        var user = register();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var lock = blocker.prepareStatement("select 1 from identity.profiles where user_id = ? for update")) {
                lock.setObject(1, UUID.fromString(user.id()));
                lock.execute();
            }
            var started = Instant.now();

            var response = api.patch("/v1/users/me", body("bio", "waiting"), user.accessToken());

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.error().path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(response.header("Retry-After")).isNotBlank();
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(8));
            blocker.rollback();
        }
        assertThat(api.get("/v1/users/me", user.accessToken()).data().path("bio").isNull()).as("nothing half written")
                .isTrue();
    }
}
