package com.weighttracker.challenges;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.challenges.adapter.cache.ChallengeBoardCaches;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.RedisBackedIntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

/**
 * With REDIS_URL set, challenge boards are cached in Redis (shared by every instance, ADR 25) as text
 * that holds no mass of a participant who keeps their weights private, and a leave evicts them.
 * Shares its Spring context with the other Redis-backed tests, where anonymous requests are limited
 * to 5 a minute: each of its two users registers from a client address of its own.
 */
class ChallengeBoardRedisCacheTest extends RedisBackedIntegrationTest {

    @Autowired
    private WeightEntryRepository entries;
    @Autowired
    private RedissonClient redisson;

    @Test
    void keepsBoardsInRedisWithoutPrivateMassesAndEvictsThemWhenAParticipantLeaves() {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // each user's three anonymous requests (register, verify, log in) from an address of their own
        api = api.from("10.25.0.1");
        var shown = registerVerified();
        api = api.from("10.25.0.2");
        var secret = registerVerified();
        ok(api.patch("/v1/users/me", body("weightVisibility", "public"), shown.accessToken()), 200);
        var id = ok(api.post("/v1/challenges", body("name", "Redis " + UUID.randomUUID().toString().substring(0, 8),
                "type", "total_lost", "startDate", today.toString(), "endDate", today.plusDays(28).toString(),
                "target", 5, "rewardPoints", 10), shown.accessToken()), 201).path("id").asString();
        weighYesterday(shown, "91.30");
        weighYesterday(secret, "123.45");
        for (var user : new TestUser[] { shown, secret }) {
            ok(api.post("/v1/challenges/" + id + "/join", "", user.accessToken()), 200);
        }

        ok(api.get("/v1/challenges/" + id + "/leaderboard", shown.accessToken()), 200);

        var bucket = redisson.<String>getBucket(ChallengeBoardCaches.redisKey(UUID.fromString(id)),
                StringCodec.INSTANCE);
        var cached = bucket.get();
        assertThat(cached).startsWith("challenge-board/1\t" + id + "\t" + today);
        var secretLine = lineOf(cached, secret).split("\t", -1);
        assertThat(secretLine[4]).as("private").isEqualTo("1");
        assertThat(secretLine[6]).as("a total-lost score is a mass").isEqualTo("~");
        assertThat(secretLine[8]).isEqualTo("~");
        assertThat(secretLine[9]).isEqualTo("~");
        var shownLine = lineOf(cached, shown).split("\t", -1);
        assertThat(shownLine[8]).isNotEqualTo("~");
        assertThat(bucket.remainTimeToLive()).isPositive();
        var own = ok(api.get("/v1/challenges/" + id + "/leaderboard", secret.accessToken()), 200).path("entries");
        assertThat(own).anySatisfy(entry -> {
            assertThat(entry.path("userId").asString()).isEqualTo(secret.id());
            assertThat(entry.path("lostKg").isNull()).as("their own masses, from their row").isFalse();
        });

        ok(api.post("/v1/challenges/" + id + "/leave", "", shown.accessToken()), 200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !bucket.isExists());
        var fresh = ok(api.get("/v1/challenges/" + id + "/leaderboard", secret.accessToken()), 200);
        assertThat(fresh.path("entries")).hasSize(1);
        assertThat(bucket.isExists()).isTrue();
    }

    private void weighYesterday(TestUser user, String kilograms) {
        var at = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).atTime(LocalTime.of(7, 0))
                .toInstant(ZoneOffset.UTC);
        var entry = WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), UserId.of(user.id()),
                WeighIn.of(new BigDecimal(kilograms), MassUnit.KG, null, at, null, null, null, null), "test", at);
        assertThat(entries.addAllNew(java.util.List.of(entry))).isEqualTo(1);
    }

    private static String lineOf(String cached, TestUser user) {
        return cached.lines().filter(line -> line.contains("\t" + user.id() + "\t")).findFirst().orElseThrow();
    }

    private static tools.jackson.databind.JsonNode ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.data();
    }
}
