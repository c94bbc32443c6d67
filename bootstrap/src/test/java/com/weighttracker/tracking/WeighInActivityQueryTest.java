package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/** Tracking's published {@link WeighInActivityQuery}: weigh-ins per local week, for many users in one go. */
class WeighInActivityQueryTest extends IntegrationTest {

    @Autowired
    private WeighInActivityQuery activity;

    @Autowired
    private UserDirectory users;

    @Test
    void countsWeighInsPerLocalWeekOldestFirstForSeveralUsers() {
        // Wednesday noon UTC: Monday of this week is two days back in every zone used here
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var wednesday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        clock.advance(Duration.between(now, wednesday.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)));
        var monday = wednesday.minusDays(2);
        var regular = register();
        var tokyo = register();
        var idle = register();
        assertThat(api.patch("/v1/users/me", body("timeZone", "Asia/Tokyo"), tokyo.accessToken()).status())
                .isEqualTo(200);
        weighAt(regular, monday.atTime(8, 0), ZoneOffset.UTC);
        weighAt(regular, monday.atTime(20, 0), ZoneOffset.UTC);
        weighAt(regular, monday.minusWeeks(1).atTime(8, 0), ZoneOffset.UTC);
        weighAt(regular, monday.minusWeeks(5).atTime(8, 0), ZoneOffset.UTC);
        // 01:00 on Monday in Tokyo is Sunday in UTC: it counts in Tokyo's current week
        weighAt(tokyo, monday.atTime(1, 0), ZoneId.of("Asia/Tokyo"));

        var weekly = activity.weighInsPerWeek(List.of(id(regular), id(tokyo), id(idle),
                new UserId(UUID.randomUUID())), 3);

        assertThat(weekly).containsOnlyKeys(id(regular), id(tokyo));
        assertThat(weekly.get(id(regular)).counts()).containsExactly(0, 1, 2);
        assertThat(weekly.get(id(regular)).firstWeek()).isEqualTo(monday.minusWeeks(2));
        assertThat(weekly.get(id(regular)).total()).isEqualTo(3);
        assertThat(weekly.get(id(regular)).weeksAgo(1)).isEqualTo(1);
        assertThat(weekly.get(id(tokyo)).counts()).containsExactly(0, 0, 1);
    }

    @Test
    void tellsWhoWeighedInOnALocalDayEachInTheirOwnZone() {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var day = today.minusDays(2);
        var utc = register();
        var tokyo = register();
        var yesterdayOnly = register();
        assertThat(api.patch("/v1/users/me", body("timeZone", "Asia/Tokyo"), tokyo.accessToken()).status())
                .isEqualTo(200);
        weighAt(utc, day.atTime(23, 30), ZoneOffset.UTC);
        // 08:00 in Tokyo on that day is the evening before in UTC
        weighAt(tokyo, day.atTime(8, 0), ZoneId.of("Asia/Tokyo"));
        weighAt(yesterdayOnly, day.minusDays(1).atTime(23, 59), ZoneOffset.UTC);
        var facts = users.findAll(List.of(id(utc), id(tokyo), id(yesterdayOnly)));

        assertThat(activity.weighedInOn(facts, day)).containsExactlyInAnyOrder(id(utc), id(tokyo));
        assertThat(activity.weighedInOn(facts, day.plusDays(1))).isEmpty();
        assertThat(activity.weighedInOn(Map.of(), day)).isEmpty();
    }

    @Test
    void rejectsTooManyUsersAndWeeksOutOfRange() {
        var tooMany = IntStream.rangeClosed(0, WeighInActivityQuery.MAX_USERS)
                .mapToObj(i -> new UserId(UUID.randomUUID())).toList();

        assertThat(catchThrowableOfType(InvalidInput.class,
                () -> activity.weighInsPerWeek(tooMany, 4)).fields()).hasSize(1);
        assertThat(catchThrowableOfType(InvalidInput.class,
                () -> activity.weighInsPerWeek(List.of(), 0)).fields()).hasSize(1);
        assertThat(catchThrowableOfType(InvalidInput.class,
                () -> activity.weighInsPerWeek(List.of(), WeighInActivityQuery.MAX_WEEKS + 1)).fields()).hasSize(1);
    }

    private void weighAt(TestUser user, java.time.LocalDateTime local, ZoneId zone) {
        var response = api.post("/v1/weight-entries", body("weight", 80, "recordedAt",
                local.atZone(zone).toInstant().toString()), user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static UserId id(TestUser user) {
        return UserId.of(user.id());
    }
}
