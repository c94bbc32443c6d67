package com.weighttracker.challenges;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntToDoubleFunction;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.challenges.application.ChallengeProgressWatcher;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

import tools.jackson.databind.JsonNode;

/** What the challenges HTTP tests share: envelopes, challenges, weigh-ins on chosen days, the clock at noon UTC. */
abstract class ChallengesApiTest extends IntegrationTest {

    @Autowired
    protected WeightEntryRepository entries;
    @Autowired
    protected DSLContext dsl;

    /** Moves the clock to the next noon UTC, so "today" is the same day in every zone a test uses. */
    protected LocalDate noon() {
        var now = clock.instant();
        var noon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        clock.advance(Duration.between(now, noon.isAfter(now) ? noon : noon.plus(Duration.ofDays(1))));
        return today();
    }

    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    protected static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        return response.data();
    }

    protected static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        return response.error();
    }

    /** The body of a valid public weight-loss challenge; change what a test needs. */
    protected static Map<String, Object> challenge(LocalDate start, LocalDate end, Object... overrides) {
        var body = new LinkedHashMap<String, Object>(body("name", "Challenge " + UUID.randomUUID().toString()
                .substring(0, 8), "type", "weight_loss_percent", "startDate", start.toString(), "endDate",
                end.toString(), "target", 5, "rewardPoints", 100));
        for (var i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    protected String create(TestUser creator, Map<String, Object> body) {
        return assertSuccess(api.post("/v1/challenges", body, creator.accessToken()), 201).path("id").asString();
    }

    protected JsonNode join(String challengeId, TestUser user) {
        return assertSuccess(api.post("/v1/challenges/" + challengeId + "/join", "", user.accessToken()), 200);
    }

    protected TestUser showingWeights(TestUser user) {
        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "public"), user.accessToken()), 200);
        return user;
    }

    /** A weigh-in at 07:00 UTC on each day from {@code first} to {@code last}, by the day's offset from {@code first}. */
    protected void weighDaily(TestUser user, LocalDate first, LocalDate last, IntToDoubleFunction kilogramsOnDay) {
        var batch = new ArrayList<WeightEntry>();
        var index = 0;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1), index++) {
            var at = day.atTime(LocalTime.of(7, 0)).toInstant(ZoneOffset.UTC);
            var kg = BigDecimal.valueOf(kilogramsOnDay.applyAsDouble(index)).setScale(2, RoundingMode.HALF_EVEN);
            batch.add(WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), UserId.of(user.id()),
                    WeighIn.of(kg, MassUnit.KG, null, at, null, null, null, null), "test", at));
        }
        assertThat(entries.addAllNew(batch)).isEqualTo(batch.size());
    }

    /** Until the challenges' feed consumer has handled the users' latest weigh-ins. */
    protected void awaitProgress(TestUser... users) {
        var watcher = new FeedConsumerProgress(dsl, ChallengeProgressWatcher.NAME);
        for (var user : users) {
            watcher.awaitHandled(user.id());
        }
    }

    protected JsonNode leaderboard(String challengeId, TestUser viewer) {
        return assertSuccess(api.get("/v1/challenges/" + challengeId + "/leaderboard?limit=100", viewer.accessToken()),
                200);
    }

    protected JsonNode standingOf(JsonNode board, TestUser user) {
        for (var entry : board.path("entries")) {
            if (entry.path("userId").asString().equals(user.id())) {
                return entry;
            }
        }
        throw new AssertionError(user.id() + " is not on the board " + board);
    }
}
