package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Rejection;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.WeeklyRecapService;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;
import com.weighttracker.tracking.domain.analysis.Measurements;

/**
 * Tracking's published {@link WeeklyRecapQuery} as the weekly summary calls it, on the real database: the
 * same losses as {@link ProgressQuery} gives for the week and the four weeks, the week's weigh-ins, in one
 * query. The clock stands at noon UTC; the recap is of the week before today.
 */
class WeeklyRecapQueryTest extends IntegrationTest {

    @Autowired
    private WeeklyRecapQuery recaps;

    @Autowired
    private ProgressQuery progress;

    @Autowired
    private WeightEntryRepository entries;

    @Autowired
    private MeasurementHistory history;

    @Autowired
    private UserDirectory users;

    private LocalDate today;

    @BeforeEach
    void atNoonUtc() {
        var now = clock.instant();
        var noon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        clock.advance(Duration.between(now, noon.isAfter(now) ? noon : noon.plus(Duration.ofDays(1))));
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void theWeekAndTheFourWeeksAreMeasuredAsProgressQueryMeasuresThem() {
        // 130 days of steady loss with a weekly wiggle: the trend's warm-up reaches back before both periods;
        // a day off 30 days ago ends the streak inside what ProgressQuery reads (one that reached further
        // would make it read older weigh-ins too, and warm its trend up for longer: see WeeklyRecapQuery)
        var steady = register();
        weighDaily(steady, 130, ZoneOffset.UTC,
                day -> day == 100 ? Double.NaN : 100 - 0.05 * day + (day % 7 == 3 ? 0.8 : 0));
        // Tokyo: daily at 07:00 local, gaining
        var tokyo = register();
        inZone(tokyo, "Asia/Tokyo");
        weighDaily(tokyo, 60, ZoneId.of("Asia/Tokyo"), day -> 70 + 0.03 * day);
        var facts = users.findAll(List.of(id(steady), id(tokyo)));

        var recap = recaps.recapOf(facts, today);

        var week = progress.progressOfKnown(facts, today.minusDays(7), today.minusDays(1));
        var month = progress.progressOfKnown(facts, today.minusDays(28), today.minusDays(1));
        assertThat(recap).containsOnlyKeys(id(steady), id(tokyo));
        for (var user : List.of(id(steady), id(tokyo))) {
            assertThat(recap.get(user).userId()).isEqualTo(user);
            assertThat(recap.get(user).lastWeekLost()).isEqualTo(week.get(user).lost());
            assertThat(recap.get(user).lastFourWeeksLost()).isEqualTo(month.get(user).lost());
            // one a day, today's (the recap's day) not counted
            assertThat(recap.get(user).weighIns()).isEqualTo(7);
        }
        assertThat(recap.get(id(steady)).lastWeekLost().kilograms()).isPositive();
        assertThat(recap.get(id(tokyo)).lastFourWeeksLost().kilograms()).isNegative();
    }

    @Test
    void aQuietWeekHasNoLossButTheFourWeeksDoAndOlderOrUnknownUsersNoRecap() {
        var quietWeek = register();
        weigh(quietWeek, today.minusDays(20).atTime(7, 0).toInstant(ZoneOffset.UTC), "81");
        weigh(quietWeek, today.minusDays(10).atTime(7, 0).toInstant(ZoneOffset.UTC), "80");
        // weighed in on the recap's day only: that belongs to the next week
        weigh(quietWeek, today.atTime(7, 0).toInstant(ZoneOffset.UTC), "79");
        var longAgo = register();
        weigh(longAgo, today.minusDays(40).atTime(7, 0).toInstant(ZoneOffset.UTC), "90");
        var facts = new java.util.HashMap<>(users.findAll(List.of(id(quietWeek), id(longAgo))));
        facts.put(new UserId(UUID.randomUUID()), facts.get(id(longAgo)));

        var recap = recaps.recapOf(facts, today);

        assertThat(recap).containsOnlyKeys(id(quietWeek));
        assertThat(recap.get(id(quietWeek)).lastWeekLost()).isNull();
        assertThat(recap.get(id(quietWeek)).weighIns()).isZero();
        assertThat(recap.get(id(quietWeek)).lastFourWeeksLost()).isEqualTo(progress.progressOfKnown(
                Map.of(id(quietWeek), facts.get(id(quietWeek))), today.minusDays(28), today.minusDays(1))
                .get(id(quietWeek)).lost());
    }

    @Test
    void weighInsAreCountedOnEachUsersOwnLocalDays() {
        var tokyo = register();
        inZone(tokyo, "Asia/Tokyo");
        var zone = ZoneId.of("Asia/Tokyo");
        // 08:00 on the recap's day in Tokyo is the day before in UTC: not in the week there
        weigh(tokyo, today.atTime(8, 0).atZone(zone).toInstant(), "70");
        // 08:00 seven days before in Tokyo is eight days before in UTC: the week's first day there
        weigh(tokyo, today.minusDays(7).atTime(8, 0).atZone(zone).toInstant(), "70.4");
        weigh(tokyo, today.minusDays(1).atTime(23, 0).atZone(zone).toInstant(), "70.2");

        var recap = recaps.recapOf(users.findAll(List.of(id(tokyo))), today);

        assertThat(recap.get(id(tokyo)).weighIns()).isEqualTo(2);
    }

    @Test
    void readsEveryUsersMassesInOneQuery() {
        var members = new ArrayList<UserId>();
        for (var i = 0; i < 5; i++) {
            var member = register();
            weighDaily(member, 30, ZoneOffset.UTC, day -> 90 - 0.1 * day);
            members.add(id(member));
        }
        var counting = new CountingHistory(history);

        var recap = new WeeklyRecapService(counting).recapOf(users.findAll(members), today);

        assertThat(recap).hasSize(5);
        assertThat(counting.queries.get()).isEqualTo(1);
    }

    @Test
    void refusesMoreThanFiveHundredUsersAndNoDay() {
        var someone = users.findAll(List.of(id(register())));
        var facts = someone.values().iterator().next();
        Map<UserId, UserFacts> tooMany = IntStream.range(0, WeeklyRecapQuery.MAX_USERS + 1)
                .mapToObj(i -> new UserId(UUID.randomUUID())).collect(Collectors.toMap(u -> u, u -> facts));

        assertThat(fieldsOf(tooMany, today)).containsExactly("users");
        assertThat(fieldsOf(someone, null)).containsExactly("day");
        assertThat(recaps.recapOf(Map.of(), today)).isEmpty();
    }

    // --- helpers

    private interface Weight {
        double on(int day);
    }

    /**
     * A weigh-in at 07:00 local on each of the last {@code days} days and today (day {@code days}); none on a
     * day whose weight is NaN.
     */
    private void weighDaily(TestUser user, int days, ZoneId zone, Weight weight) {
        var owner = id(user);
        var batch = new ArrayList<WeightEntry>();
        for (var day = 0; day <= days; day++) {
            if (Double.isNaN(weight.on(day))) {
                continue;
            }
            var at = today.minusDays(days - day).atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
            var kg = BigDecimal.valueOf(weight.on(day)).setScale(2, RoundingMode.HALF_EVEN);
            batch.add(WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), owner,
                    WeighIn.of(kg, MassUnit.KG, null, at, null, null, null, null), "test", clock.instant()));
        }
        assertThat(entries.addAllNew(batch)).isEqualTo(batch.size());
    }

    private void weigh(TestUser user, Instant at, String kg) {
        var response = api.post("/v1/weight-entries", body("weight", new BigDecimal(kg), "recordedAt", at.toString()),
                user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void inZone(TestUser user, String zone) {
        assertThat(api.patch("/v1/users/me", body("timeZone", zone), user.accessToken()).status()).isEqualTo(200);
    }

    private List<String> fieldsOf(Map<UserId, UserFacts> facts, LocalDate day) {
        var rejection = catchThrowableOfType(InvalidInput.class, () -> recaps.recapOf(facts, day));
        assertThat(rejection).as("an InvalidInput").isNotNull();
        return rejection.fields().stream().map(Rejection.FieldError::field).toList();
    }

    private static UserId id(TestUser user) {
        return UserId.of(user.id());
    }

    /** The real history, counting the queries sent. */
    private static final class CountingHistory implements MeasurementHistory {

        private final MeasurementHistory delegate;
        private final AtomicInteger queries = new AtomicInteger();

        CountingHistory(MeasurementHistory delegate) {
            this.delegate = delegate;
        }

        @Override
        public Measurements of(UserId owner, Instant from, Instant to) {
            queries.incrementAndGet();
            return delegate.of(owner, from, to);
        }

        @Override
        public Map<UserId, Measurements> ofAll(Collection<UserId> owners, Instant from, Instant to) {
            queries.incrementAndGet();
            return delegate.ofAll(owners, from, to);
        }

        @Override
        public Map<UserId, Measurements> massesOfAll(Collection<UserId> owners, Instant from, Instant to) {
            queries.incrementAndGet();
            return delegate.massesOfAll(owners, from, to);
        }
    }
}
