package com.weighttracker.identity.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import com.weighttracker.identity.domain.PasswordHash;
import com.weighttracker.platform.ServiceBusyException;

class BcryptPasswordHasherTest {

    @Test
    void hashesWithCostTwelveByDefault() {
        var hash = new BcryptPasswordHasher(12, 2, Duration.ofSeconds(5)).hash("Secret123");

        assertThat(hash.value()).startsWith("$2a$12$");
    }

    @Test
    void matchesOnlyTheHashedPassword() {
        var hasher = new BcryptPasswordHasher(4, 2, Duration.ofSeconds(1));
        var hash = hasher.hash("Secret123");

        assertThat(hasher.matches("Secret123", hash)).isTrue();
        assertThat(hasher.matches("Secret124", hash)).isFalse();
    }

    @Test
    void refusesWithServiceBusyWhenTheBulkheadStaysFull() throws Exception {
        var hasher = new BcryptPasswordHasher(14, 1, Duration.ofMillis(50));
        var slowHashStarted = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> {
                slowHashStarted.countDown();
                return hasher.hash("Secret123");
            });
            slowHashStarted.await();
            Thread.sleep(20);

            assertThatThrownBy(() -> hasher.matches("Secret123", new PasswordHash("$2a$04$invalidinvalidinvalidinv")))
                    .isInstanceOf(ServiceBusyException.class);
        } finally {
            executor.shutdownNow();
        }
    }
}
