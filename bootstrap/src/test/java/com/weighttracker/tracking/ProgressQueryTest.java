package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

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
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.Rejection;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.ProgressService;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;
import com.weighttracker.tracking.domain.analysis.Measurements;

/**
 * Tracking's published {@link ProgressQuery} as another context calls it, on the real database.
 * The clock stands at noon UTC; the period is the last seven days.
 */
class ProgressQueryTest extends IntegrationTest {

    @Autowired
    private ProgressQuery progress;

    @Autowired
    private WeightEntryRepository entries;

    @Autowired
    private MeasurementHistory history;

    @Autowired
    private GoalRepository goals;

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
    void progressOfSeveralUsersIsMeasuredOnTheTrend() {
        // steady: 0.2 kg a day less from 16 days ago; trend 99.1724 six days ago, 98.2665 today
        var steady = register();
        weighDaily(steady, 16, day -> 100 - 0.2 * day);
        // one morning: 100 kg every day, 95 today; the trend moves half a kilo
        var oneMorning = register();
        weighDaily(oneMorning, 16, day -> day == 16 ? 95 : 100);
        // long ago only
        var before = register();
        weigh(before, today.minusDays(30).atTime(7, 0).toInstant(ZoneOffset.UTC), "80");
        var unknown = new UserId(UUID.randomUUID());

        var result = progress.progressOf(List.of(id(steady), id(oneMorning), id(before), unknown),
                today.minusDays(6), today);

        assertThat(result).containsOnlyKeys(id(steady), id(oneMorning));
        var steadyProgress = result.get(id(steady));
        assertThat(steadyProgress.userId()).isEqualTo(id(steady));
        assertThat(steadyProgress.start().asKilograms()).isCloseTo(98.0, within(1e-9));
        assertThat(steadyProgress.current().asKilograms()).isCloseTo(96.8, within(1e-9));
        assertThat(steadyProgress.trend().asKilograms()).isCloseTo(98.26645636600668, within(1e-8));
        assertThat(steadyProgress.lost().asKilograms()).isCloseTo(0.9059224418133311, within(1e-8));
        assertThat(steadyProgress.percentLost()).isEqualByComparingTo("0.91");
        assertThat(steadyProgress.streakDays()).isEqualTo(17);
        var oneMorningProgress = result.get(id(oneMorning));
        assertThat(oneMorningProgress.current().asKilograms()).isEqualTo(95.0);
        assertThat(oneMorningProgress.lost().asKilograms()).isCloseTo(0.5, within(1e-9));
        assertThat(oneMorningProgress.percentLost()).isEqualByComparingTo("0.50");
        assertThat(oneMorningProgress.lost()).isLessThan(steadyProgress.lost());
    }

    @Test
    void callersHoldingIdentitysFactsGetTheSameProgress() {
        var steady = register();
        weighDaily(steady, 16, day -> 100 - 0.2 * day);
        var other = register();
        weighDaily(other, 3, day -> 90);
        var facts = users.findAll(List.of(id(steady), id(other)));

        var byFacts = progress.progressOfKnown(Map.of(id(steady), facts.get(id(steady))), today.minusDays(6), today);

        assertThat(byFacts).containsOnlyKeys(id(steady))
                .isEqualTo(progress.progressOf(List.of(id(steady)), today.minusDays(6), today));
        assertThatThrownBy(() -> progress.progressOfKnown(facts, today, today.minusDays(1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void streaksAreCountedInEachUsersOwnTimeZone() {
        var tokyo = register();
        assertThat(api.patch("/v1/users/me", body("timeZone", "Asia/Tokyo"), tokyo.accessToken()).status())
                .isEqualTo(200);
        var zone = ZoneId.of("Asia/Tokyo");
        // 23:30 yesterday and 08:00 today in Tokyo: two local days there, one (yesterday) in UTC
        weigh(tokyo, today.minusDays(1).atTime(23, 30).atZone(zone).toInstant(), "70");
        weigh(tokyo, today.atTime(8, 0).atZone(zone).toInstant(), "70.2");

        var result = progress.progressOf(List.of(id(tokyo)), today.minusDays(6), today);

        assertThat(result.get(id(tokyo)).streakDays()).isEqualTo(2);
    }

    @Test
    void readsEveryUsersWeighInsInOneQuery() {
        var members = new ArrayList<UserId>();
        for (var i = 0; i < 5; i++) {
            var member = register();
            weighDaily(member, 3, day -> 90 - day);
            members.add(id(member));
        }
        var counting = new CountingHistory(history);
        var query = new ProgressService(counting, goals, users, clock);

        var result = query.progressOf(members, today.minusDays(6), today);

        assertThat(result).hasSize(5);
        assertThat(counting.queries.get()).isEqualTo(1);
    }

    @Test
    void aStreakLongerThanWhatWasReadIsFollowedFurtherBack() {
        var faithful = register();
        weighDaily(faithful, 199, day -> 80);
        var counting = new CountingHistory(history);
        var query = new ProgressService(counting, goals, users, clock);

        var result = query.progressOf(List.of(id(faithful)), today.minusDays(6), today);

        assertThat(result.get(id(faithful)).streakDays()).isEqualTo(200);
        // the first read reaches 98 days back; one more round finds the streak's start
        assertThat(counting.queries.get()).isEqualTo(2);
    }

    @Test
    void refusesMoreThanFiveHundredUsers() {
        var tooMany = IntStream.range(0, ProgressQuery.MAX_USERS + 1).mapToObj(i -> new UserId(UUID.randomUUID()))
                .toList();

        assertThat(fieldsOf(() -> progress.progressOf(tooMany, today.minusDays(6), today))).containsExactly("users");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrIsTooLong() {
        var someone = List.of(new UserId(UUID.randomUUID()));

        assertThat(fieldsOf(() -> progress.progressOf(someone, today, today.minusDays(1)))).containsExactly("to");
        assertThat(fieldsOf(() -> progress.progressOf(someone, today.minusYears(3), today))).containsExactly("to");
        assertThat(fieldsOf(() -> progress.progressOf(null, null, today))).containsExactly("users", "from");
    }

    @Test
    void noUsersNoProgress() {
        assertThat(progress.progressOf(List.of(), today.minusDays(6), today)).isEmpty();
    }

    // --- helpers

    private interface Weight {
        double on(int day);
    }

    /** A weigh-in at 07:00 UTC on each of the last {@code days} days and today (day {@code days}). */
    private void weighDaily(TestUser user, int days, Weight weight) {
        var owner = id(user);
        var batch = new ArrayList<WeightEntry>();
        for (var day = 0; day <= days; day++) {
            var at = today.minusDays(days - day).atTime(LocalTime.of(7, 0)).toInstant(ZoneOffset.UTC);
            var kg = BigDecimal.valueOf(weight.on(day)).setScale(2, RoundingMode.HALF_EVEN);
            batch.add(WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), owner,
                    WeighIn.of(kg, MassUnit.KG, null, at, null, null, null, null), "test", clock.instant()));
        }
        assertThat(entries.addAllNew(batch)).isEqualTo(days + 1);
    }

    private void weigh(TestUser user, Instant at, String kg) {
        var response = api.post("/v1/weight-entries", body("weight", new BigDecimal(kg), "recordedAt", at.toString()),
                user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static List<String> fieldsOf(ThrowingCallable call) {
        var rejection = catchThrowableOfType(InvalidInput.class, call);
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
    }
}
