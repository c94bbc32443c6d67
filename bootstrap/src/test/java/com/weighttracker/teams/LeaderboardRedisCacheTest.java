package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static com.weighttracker.teams.LeaderboardTestData.assertSuccess;
import static com.weighttracker.teams.LeaderboardTestData.entryOf;
import static com.weighttracker.teams.LeaderboardTestTeams.members;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.support.RedisBackedIntegrationTest;
import com.weighttracker.teams.adapter.cache.LeaderboardCaches;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

/**
 * With REDIS_URL set, boards are cached in Redis (shared by every instance) as text that holds no mass
 * of a member who keeps their weights private, and a weigh-in evicts them. Shares its Spring context
 * with {@code RedisBackedPlatformTest}; registers only two users (anonymous requests are limited to 5 a
 * minute in that context).
 */
class LeaderboardRedisCacheTest extends RedisBackedIntegrationTest {

    @Autowired
    private DSLContext dsl;
    @Autowired
    private WeightEntryRepository entries;
    @Autowired
    private RedissonClient redisson;

    private LeaderboardTestData data;

    @BeforeEach
    void setUp() {
        data = new LeaderboardTestData(api, entries, clock, this::register);
    }

    @Test
    void keepsBoardsInRedisWithoutPrivateMassesAndEvictsThemOnAWeighIn() {
        var shown = data.showingWeights();
        var secret = data.keepingWeightsPrivate();
        data.weighDaily(shown, 20, 0, daysAgo -> 90 - 0.05 * (20 - daysAgo));
        data.weighDaily(secret, 20, 0, daysAgo -> 123.45 - 0.4 * (20 - daysAgo));
        var teamId = new LeaderboardTestTeams(dsl).create(TeamVisibility.PRIVATE,
                clock.instant().minus(Duration.ofDays(60)), members(shown, TeamRole.OWNER, secret, TeamRole.MEMBER));

        var first = data.board(teamId, shown, "sortBy=totalLost&period=month");
        var again = data.board(teamId, secret, "sortBy=percentLost&period=month&unit=lb");

        assertThat(again.path("computedAt").asString()).as("served from the cache")
                .isEqualTo(first.path("computedAt").asString());
        assertThat(entryOf(first, secret).path("totalLost").isNull()).isTrue();
        var bucket = redisson.<String>getBucket(LeaderboardCaches.redisKey(teamId, "month"), StringCodec.INSTANCE);
        var cached = bucket.get();
        assertThat(cached).startsWith("board/1\t" + teamId + "\tMONTH");
        var secretLine = cached.lines().filter(line -> line.startsWith(secret.id())).findFirst().orElseThrow();
        assertThat(secretLine).contains("\t1\t").endsWith("\t~\t~\t~\t~");
        assertThat(cached.lines().filter(line -> line.startsWith(shown.id())).findFirst().orElseThrow())
                .doesNotEndWith("~");
        assertThat(cached).doesNotContain("123.45", "115.45", "115.4");
        assertThat(bucket.remainTimeToLive()).isPositive();

        assertSuccess(api.post("/v1/weight-entries", body("weight", 110), secret.accessToken()), 201);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !bucket.isExists());
        var fresh = data.board(teamId, shown, "period=month");
        assertThat(fresh.path("computedAt").asString()).isNotEqualTo(first.path("computedAt").asString());
        assertThat(bucket.isExists()).isTrue();
    }
}
