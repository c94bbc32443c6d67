package com.weighttracker.platform.adapter.persistence;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values kept in Redis as text, shared by every instance, for a cache that must never make a request
 * fail: when Redis is away the value is computed on every request (slower, still correct), and a
 * value written in a format this version does not read (a rolling deploy) is computed again. Used by
 * the team and the challenge leaderboards (ADR 14, ADR 25), each with its own text format.
 *
 * @param <T> what is cached
 */
public final class RedisTextCache<T> {

    private static final Logger log = LoggerFactory.getLogger(RedisTextCache.class);

    private final RedissonClient redisson;
    private final Duration timeToLive;
    private final String what;
    private final Function<T, String> write;
    private final Function<String, T> read;

    /** @param what names the cache in log lines, e.g. "challenge board" */
    public RedisTextCache(RedissonClient redisson, Duration timeToLive, String what, Function<T, String> write,
            Function<String, T> read) {
        this.redisson = redisson;
        this.timeToLive = timeToLive;
        this.what = what;
        this.write = write;
        this.read = read;
    }

    /** The cached value under {@code key} when it is still {@code fresh}, else {@code compute}'s, kept. */
    public T get(String key, Predicate<T> fresh, Supplier<T> compute) {
        var bucket = redisson.<String>getBucket(key, StringCodec.INSTANCE);
        try {
            var cached = bucket.get();
            var value = cached == null ? null : readable(cached);
            if (value != null && fresh.test(value)) {
                return value;
            }
        } catch (RedisException unavailable) {
            log.warn("{} cache unavailable, computing: {}", what, unavailable.getMessage());
            return compute.get();
        }
        var value = compute.get();
        try {
            bucket.set(write.apply(value), timeToLive);
        } catch (RedisException unavailable) {
            log.warn("{} cache unavailable, not kept: {}", what, unavailable.getMessage());
        }
        return value;
    }

    /** Forgets the keys; while Redis is away they expire on their own. */
    public void evict(String... keys) {
        try {
            redisson.getKeys().delete(keys);
        } catch (RedisException unavailable) {
            log.warn("{} cache unavailable, {} expire on their own: {}", what, String.join(", ", keys),
                    unavailable.getMessage());
        }
    }

    private T readable(String cached) {
        try {
            return read.apply(cached);
        } catch (RuntimeException unreadable) {
            log.warn("unreadable cached {}, computing it again: {}", what, unreadable.toString());
            return null;
        }
    }
}
