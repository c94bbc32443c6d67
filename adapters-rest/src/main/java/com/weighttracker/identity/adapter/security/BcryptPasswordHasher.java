package com.weighttracker.identity.adapter.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.application.port.out.PasswordHasher;
import com.weighttracker.identity.domain.PasswordHash;
import com.weighttracker.platform.ServiceBusyException;

/**
 * bcrypt at cost 12 (spec): about 250 ms of CPU per hash here. A bulkhead lets at most
 * {@code concurrency} hashes run at once, so a login storm queues briefly and then gets 503 instead
 * of starving every other request of CPU.
 */
@Component
class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    private final Semaphore bulkhead;
    private final Duration maxWait;

    BcryptPasswordHasher(@Value("${weighttracker.security.bcrypt-strength:12}") int strength,
            @Value("${weighttracker.security.password-check-concurrency:2}") int concurrency,
            @Value("${weighttracker.security.password-check-max-wait:3s}") Duration maxWait) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.bulkhead = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
    }

    @Override
    public PasswordHash hash(String password) {
        return withinBulkhead(() -> new PasswordHash(encoder.encode(password)));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        return withinBulkhead(() -> encoder.matches(password, hash.value()));
    }

    private <T> T withinBulkhead(Supplier<T> work) {
        try {
            if (!bulkhead.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceBusyException("Too many sign-ins at once.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("Interrupted while waiting to check a password.");
        }
        try {
            return work.get();
        } finally {
            bulkhead.release();
        }
    }
}
