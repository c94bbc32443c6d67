package com.weighttracker.platform.adapter.security;

import java.time.Duration;

import org.redisson.api.RedissonClient;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The addresses each account has signed in from lately, so an attacker who locks an account by
 * failing to sign in from elsewhere cannot lock its owner out of their own devices (ADR 5). In
 * Redis when configured (shared by all instances), else in this JVM. If the store fails, an address
 * counts as unknown: the owner then waits like everybody else, nobody gets in who should not.
 */
interface KnownAddresses {

    Duration MEMORY = Duration.ofDays(30);

    boolean contains(String account, String address);

    void remember(String account, String address);

    static KnownAddresses inProcess() {
        Cache<String, Boolean> known = Caffeine.newBuilder().expireAfterWrite(MEMORY).maximumSize(1_000_000).build();
        return new KnownAddresses() {

            @Override
            public boolean contains(String account, String address) {
                return known.getIfPresent(key(account, address)) != null;
            }

            @Override
            public void remember(String account, String address) {
                known.put(key(account, address), Boolean.TRUE);
            }
        };
    }

    static KnownAddresses redis(RedissonClient redisson) {
        var log = LoggerFactory.getLogger(KnownAddresses.class);
        return new KnownAddresses() {

            @Override
            public boolean contains(String account, String address) {
                try {
                    return redisson.getBucket(key(account, address)).isExists();
                } catch (RuntimeException storeFailure) {
                    log.warn("Known sign-in addresses unavailable, treating the address as unknown: {}",
                            storeFailure.toString());
                    return false;
                }
            }

            @Override
            public void remember(String account, String address) {
                try {
                    redisson.getBucket(key(account, address)).set(Boolean.TRUE, MEMORY);
                } catch (RuntimeException storeFailure) {
                    log.warn("Known sign-in addresses unavailable, address not remembered: {}", storeFailure.toString());
                }
            }
        };
    }

    private static String key(String account, String address) {
        return "known-address:" + account + ":" + address;
    }
}
