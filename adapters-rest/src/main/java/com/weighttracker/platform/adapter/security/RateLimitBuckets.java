package com.weighttracker.platform.adapter.security;

import java.time.Duration;
import java.util.function.Supplier;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;

/** Where token buckets live: in Redis when configured (shared by all instances), else in this JVM. */
interface RateLimitBuckets {

    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

    static RateLimitBuckets inProcess() {
        Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
                .maximumSize(1_000_000).build();
        return (key, configuration) -> buckets.get(key,
                ignored -> Bucket.builder().addLimit(configuration.get().getBandwidths()[0]).build());
    }

    static RateLimitBuckets redis(RedissonClient redisson) {
        ProxyManager<String> proxies = Bucket4jRedisson.casBasedBuilder(((Redisson) redisson).getCommandExecutor())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .requestTimeout(Duration.ofMillis(500))
                .build();
        return (key, configuration) -> proxies.builder().build("rate-limit:" + key, configuration);
    }
}
