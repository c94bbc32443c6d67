package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.assertError;
import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.adapter.sessions.SessionRevocationStores;
import com.weighttracker.support.RedisBackedIntegrationTest;

/**
 * With REDIS_URL set, a revocation made on one instance reaches the others within seconds through
 * Redis, while checking a token still costs no Redis round trip (ADR 4).
 */
class SessionRevocationRedisTest extends RedisBackedIntegrationTest {

    private static final String ME = "/v1/users/me";

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    private RedissonClient redisson;

    /** The Redis context allows 5 anonymous requests a minute per address: each test comes from its own. */
    @BeforeEach
    void ownAddress() {
        api = api.from("10.77." + CLIENTS.incrementAndGet() + ".1");
    }

    @Test
    void aRevocationHereIsWrittenToRedisForTheOtherInstances() {
        var user = register();

        assertSuccess(api.post("/v1/auth/logout-all", "{}", user.accessToken()), 200);

        var notBefore = redisson.getScoredSortedSet(SessionRevocationStores.redisKey(), StringCodec.INSTANCE)
                .getScore(user.id());
        assertThat(notBefore).isNotNull();
        assertThat(Math.abs(notBefore - clock.millis())).isLessThan(5_000);
        assertError(api.get(ME, user.accessToken()), 401, "UNAUTHORIZED");
    }

    @Test
    void aRevocationByAnotherInstanceIsRefusedHereWithinSeconds() throws InterruptedException {
        var user = register();
        assertSuccess(api.get(ME, user.accessToken()), 200);

        // what another instance does when the user logs out everywhere there
        redisson.getScoredSortedSet(SessionRevocationStores.redisKey(), StringCodec.INSTANCE)
                .add(clock.millis() + 1, user.id());

        var started = System.nanoTime();
        while (api.get(ME, user.accessToken()).status() == 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused within seconds")
                    .isLessThan(Duration.ofSeconds(5));
            Thread.sleep(100);
        }
        var refused = assertError(api.get(ME, user.accessToken()), 401, "UNAUTHORIZED");
        assertThat(refused.path("message").asString()).isEqualTo("The session has ended: sign in again.");
        assertSuccess(api.get(ME, logIn(user).accessToken()), 200);
    }

    @Test
    void checkingATokenAsksRedisNothing() {
        var user = register();
        assertSuccess(api.get(ME, user.accessToken()), 200);
        var before = sortedSetCommands();
        var started = System.nanoTime();

        for (var i = 0; i < 50; i++) {
            assertSuccess(api.get(ME, user.accessToken()), 200);
        }

        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        var pulls = elapsed.toMillis() / 2_000 + 2;
        assertThat(sortedSetCommands() - before).as("at most one pull every 2 s (and its trim), in %s", elapsed)
                .isLessThanOrEqualTo(2 * pulls);
    }

    /** Calls of sorted-set commands (ZADD, ZRANGEBYSCORE, …) Redis has served so far: only revocations use them. */
    private long sortedSetCommands() {
        var stats = redisson.getRedisNodes(RedisNodes.SINGLE).getInstance().info(RedisNode.InfoSection.COMMANDSTATS);
        return stats.entrySet().stream().filter(stat -> stat.getKey().startsWith("cmdstat_z"))
                .mapToLong(stat -> Long.parseLong(stat.getValue().replaceAll("^calls=(\\d+),.*$", "$1"))).sum();
    }
}
