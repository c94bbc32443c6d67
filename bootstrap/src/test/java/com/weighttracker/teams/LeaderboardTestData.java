package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.MutableClock;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

import tools.jackson.databind.JsonNode;

/** Users, weigh-ins and board requests for the leaderboard and analytics tests. The clock stands at noon UTC. */
final class LeaderboardTestData {

    private final Api api;
    private final WeightEntryRepository entries;
    private final Supplier<TestUser> register;
    final LocalDate today;

    LeaderboardTestData(Api api, WeightEntryRepository entries, MutableClock clock, Supplier<TestUser> register) {
        this.api = api;
        this.entries = entries;
        this.register = register;
        var now = clock.instant();
        var noon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        clock.advance(Duration.between(now, noon.isAfter(now) ? noon : noon.plus(Duration.ofDays(1))));
        this.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A user who shows their weights (new users keep them private). */
    TestUser showingWeights() {
        var user = register.get();
        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "public"), user.accessToken()), 200);
        return user;
    }

    TestUser keepingWeightsPrivate() {
        return register.get();
    }

    /** A weigh-in at 07:00 UTC on each day from {@code firstDaysAgo} to {@code lastDaysAgo} days ago. */
    void weighDaily(TestUser user, int firstDaysAgo, int lastDaysAgo, IntToDoubleFunction kilogramsOnDaysAgo) {
        var batch = new ArrayList<WeightEntry>();
        for (var daysAgo = firstDaysAgo; daysAgo >= lastDaysAgo; daysAgo--) {
            var at = today.minusDays(daysAgo).atTime(LocalTime.of(7, 0)).toInstant(ZoneOffset.UTC);
            var kg = BigDecimal.valueOf(kilogramsOnDaysAgo.applyAsDouble(daysAgo)).setScale(2, RoundingMode.HALF_EVEN);
            batch.add(WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), UserId.of(user.id()),
                    WeighIn.of(kg, MassUnit.KG, null, at, null, null, null, null), "test", at));
        }
        assertThat(entries.addAllNew(batch)).isEqualTo(batch.size());
    }

    Api.Response leaderboard(UUID teamId, TestUser viewer, String query) {
        return api.get("/v1/teams/" + teamId + "/leaderboard" + (query.isEmpty() ? "" : "?" + query),
                viewer.accessToken());
    }

    JsonNode board(UUID teamId, TestUser viewer, String query) {
        return assertSuccess(leaderboard(teamId, viewer, query), 200);
    }

    static List<String> usernames(JsonNode board) {
        var names = new ArrayList<String>();
        board.path("entries").forEach(entry -> names.add(entry.path("username").asString()));
        return names;
    }

    static List<Integer> ranks(JsonNode board) {
        var ranks = new ArrayList<Integer>();
        board.path("entries").forEach(entry -> ranks.add(entry.path("rank").isNull() ? null : entry.path("rank").asInt()));
        return ranks;
    }

    static JsonNode entryOf(JsonNode board, TestUser user) {
        for (var entry : board.path("entries")) {
            if (entry.path("userId").asString().equals(user.id())) {
                return entry;
            }
        }
        throw new AssertionError("no entry of " + user.username() + " in " + board);
    }

    static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        return response.data();
    }

    static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.body().has("data")).as(response.toString()).isFalse();
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        return response.error();
    }
}
