package com.weighttracker.platform.config;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis, only when {@code weighttracker.redis.url} (REDIS_URL) is set. Without it every Redis
 * use has an in-process stand-in behind the same port. Lazy initialisation lets the application
 * start, and keep serving degraded, while Redis is away.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${weighttracker.redis.url:}'.isBlank()")
class RedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedissonClient redisson(@Value("${weighttracker.redis.url}") String url) {
        var config = new Config().setLazyInitialization(true);
        config.useSingleServer().setAddress(url).setConnectTimeout(2_000).setTimeout(1_000).setRetryAttempts(1);
        return Redisson.create(config);
    }

    /** Part of readiness: an instance without its Redis should not get traffic. */
    @Bean
    HealthIndicator redisHealthIndicator(RedissonClient redisson) {
        return () -> {
            try {
                return redisson.getNodesGroup().pingAll() ? Health.up().build() : Health.down().build();
            } catch (RuntimeException unreachable) {
                return Health.down().withDetail("error", unreachable.getClass().getSimpleName()).build();
            }
        };
    }
}
