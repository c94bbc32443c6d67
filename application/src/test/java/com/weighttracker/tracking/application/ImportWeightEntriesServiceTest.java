package com.weighttracker.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.GoalReached;
import com.weighttracker.tracking.WeightEntriesImported;
import com.weighttracker.tracking.application.port.in.ImportReport;
import com.weighttracker.tracking.application.port.in.ImportWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;
import com.weighttracker.tracking.domain.analysis.Measurements;

/** The import use case against in-memory adapters. */
class ImportWeightEntriesServiceTest {

    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    private static final UserId ANNA = new UserId(UUID.randomUUID());
    private static final Instant T1 = Instant.parse("2024-01-02T06:30:00Z");
    private static final Instant T2 = Instant.parse("2024-01-03T06:30:00Z");

    private final Entries entries = new Entries();
    private final List<DomainEvent> published = new ArrayList<>();
    private final InMemoryGoals goals = new InMemoryGoals(published::add);
    private ZoneId zone = ZoneOffset.UTC;
    private final UserDirectory users = owner -> Optional.of(new UserFacts(owner, "anna", null, MassUnit.KG, zone,
            null, Visibility.PRIVATE, Visibility.PUBLIC, false));
    private final ImportWeightEntriesService imports = new ImportWeightEntriesService(entries, users,
            new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            }, published::add, UUID::randomUUID, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void roundsEveryValueHalfUpToTwoDecimalsInItsOwnUnit() {
        var report = imports.importEntries(ANNA, "apple-health", Stream.of(
                kg(1, T1, "82.39999999999999").withBodyFatPercentage(new BigDecimal("20.805"))
                        .withWaterPercentage(new BigDecimal("55.3049")),
                ImportedWeighIn.at(2, T2, new BigDecimal("181.255"), MassUnit.LB)
                        .withMuscleMass(Mass.of(new BigDecimal("35.2"), MassUnit.KG))));

        assertThat(report.imported()).isEqualTo(2);
        var kilograms = entries.stored.get(0).weighIn();
        assertThat(kilograms.mass()).isEqualTo(Mass.of(new BigDecimal("82.4"), MassUnit.KG));
        assertThat(kilograms.bodyFatPercentage()).isEqualByComparingTo("20.81");
        assertThat(kilograms.waterPercentage()).isEqualByComparingTo("55.3");
        var pounds = entries.stored.get(1).weighIn();
        assertThat(pounds.unit()).isEqualTo(MassUnit.LB);
        assertThat(pounds.mass()).isEqualTo(Mass.of(new BigDecimal("181.26"), MassUnit.LB));
        assertThat(pounds.muscleMass()).as("35.2 kg is 77.60 lb").isEqualTo(Mass.of(new BigDecimal("77.6"), MassUnit.LB));
        assertThat(entries.stored).extracting(WeightEntry::source).containsOnly("import:apple-health");
    }

    @Test
    void turnsFractionalStonesIntoWholeStonesAndPounds() {
        imports.importEntries(ANNA, "libra", Stream.of(ImportedWeighIn.at(1, T1, new BigDecimal("12.5"), MassUnit.ST)));

        var weighIn = entries.stored.get(0).weighIn();
        assertThat(weighIn.unit()).isEqualTo(MassUnit.ST);
        assertThat(weighIn.mass()).isEqualTo(Mass.ofStonesAndPounds(BigDecimal.valueOf(12), BigDecimal.valueOf(7)));
    }

    @Test
    void placesLocalTimesInTheUsersTimeZone() {
        zone = ZoneId.of("Europe/Berlin");

        imports.importEntries(ANNA, "openscale", Stream.of(
                ImportedWeighIn.at(2, LocalDateTime.parse("2023-07-01T07:30"), new BigDecimal("82.4"), MassUnit.KG)));

        assertThat(entries.stored.get(0).weighIn().recordedAt()).isEqualTo(Instant.parse("2023-07-01T05:30:00Z"));
    }

    @Test
    void publishesOneSummaryOfTheWeighInsItAddedAndNoEventPerWeighIn() {
        imports.importEntries(ANNA, "libra", Stream.of(kg(5, T1, "82.4")));
        published.clear();

        var report = imports.importEntries(ANNA, "libra", Stream.of(kg(6, T2, "82.1"), kg(5, T1, "82.4"),
                kg(7, T2.plusSeconds(60), "82.0")));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skippedDuplicates()).isEqualTo(1);
        assertThat(published).singleElement().isInstanceOfSatisfying(WeightEntriesImported.class, event -> {
            assertThat(event.userId()).isEqualTo(ANNA);
            assertThat(event.source()).isEqualTo("import:libra");
            assertThat(event.count()).isEqualTo(2);
            assertThat(event.from()).isEqualTo(T1);
            assertThat(event.to()).isEqualTo(T2.plusSeconds(60));
            assertThat(event.importedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void publishesNothingWhenEveryWeighInWasThereAlready() {
        imports.importEntries(ANNA, "libra", Stream.of(kg(5, T1, "82.4")));
        published.clear();

        var report = imports.importEntries(ANNA, "libra", Stream.of(kg(5, T1, "82.40")));

        assertThat(report.imported()).isZero();
        assertThat(report.skippedDuplicates()).isEqualTo(1);
        assertThat(published).isEmpty();
    }

    @Test
    void theGoalWatcherReachesTheGoalWhenTheImportTakesTheTrendThere() {
        var setAt = Instant.parse("2024-02-01T00:00:00Z");
        goals.given(Goal.set(ANNA, Mass.kilograms(80), MassUnit.KG, null, Mass.kilograms(85), null,
                LocalDate.of(2024, 2, 1), setAt));

        imports.importEntries(ANNA, "libra", Stream.of(kg(5, T1, "79.0"), kg(6, Instant.parse("2024-02-10T07:00:00Z"),
                "79.9")));
        assertThat(published).as("the import leaves the goal to the watcher (ADR 9)")
                .noneMatch(GoalReached.class::isInstance);
        // the import changed Anna's weigh-ins: the feed hands her to the goal watcher, once
        new GoalWatcher(goals, entries, users, Clock.fixed(NOW, ZoneOffset.UTC)).consume(List.of(
                new FeedChange(ANNA.value(), 1, new FeedPosition(1, ANNA.value()))));
        goals.commit();

        // the trend: 79 on 2 January, 79 + (1 − 0.9^39) × 0.9 = 79.88 on 10 February; reached after the import
        assertThat(published).filteredOn(GoalReached.class::isInstance).singleElement()
                .isEqualTo(new GoalReached(ANNA, Mass.kilograms(80), NOW));
        assertThat(goals.stored(ANNA).orElseThrow().reachedAt()).contains(NOW);
    }

    @Test
    void reportsUnreadableAndInvalidRowsWithTheirLinesAndStoresTheOthers() {
        var report = imports.importEntries(ANNA, "libra", Stream.of(kg(5, T1, "82.4"),
                new UnreadableRow(6, "weight 'heavy' is not a number"), kg(7, T2, "0"),
                kg(8, NOW.plusSeconds(3 * 24 * 3600), "80").withNotes("from the future")));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(3);
        assertThat(report.rejected()).extracting(ImportReport.Rejection::line, ImportReport.Rejection::reason)
                .containsExactly(tuple(6L, "weight 'heavy' is not a number"), tuple(7L, "weight must be positive"),
                        tuple(8L, "recordedAt may be at most 24 hours in the future"));
    }

    @Test
    void listsAThousandRejectionsAtMostButCountsThemAll() {
        var rows = IntStream.rangeClosed(1, 1_500).mapToObj(line -> (ImportedRow) new UnreadableRow(line, "bad"));

        var report = imports.importEntries(ANNA, "wger", rows);

        assertThat(report.rejected()).hasSize(ImportReport.MAX_LISTED_REJECTIONS);
        assertThat(report.rejectedCount()).isEqualTo(1_500);
    }

    @Test
    void refusesAFileWithTooManyRowsStoringNoneOfThemAndClosesTheRows() {
        var closed = new AtomicBoolean();
        var rows = IntStream.rangeClosed(1, ImportWeightEntriesUseCase.MAX_ROWS + 1)
                .mapToObj(line -> (ImportedRow) kg(line, T1.plusSeconds(line), "80")).onClose(() -> closed.set(true));

        assertThatThrownBy(() -> imports.importEntries(ANNA, "wger", rows)).isInstanceOf(InvalidInput.class);
        assertThat(entries.stored).isEmpty();
        assertThat(published).isEmpty();
        assertThat(closed).isTrue();
    }

    private static ImportedWeighIn kg(long line, Instant at, String weight) {
        return ImportedWeighIn.at(line, at, new BigDecimal(weight), MassUnit.KG);
    }

    /** Keeps entries in memory with the database's unique key (user, instant, mass). */
    private static final class Entries implements WeightEntryRepository, MeasurementHistory {

        /** The stored weigh-ins as the measurement history sees them: one user's, oldest first. */
        @Override
        public Measurements of(UserId owner, Instant from, Instant to) {
            var builder = Measurements.builder(stored.size());
            stored.stream().filter(entry -> entry.userId().equals(owner))
                    .sorted(Comparator.comparing((WeightEntry entry) -> entry.weighIn().recordedAt()))
                    .forEach(entry -> builder.add(entry.weighIn().recordedAt(), entry.weighIn().mass().asKilograms()));
            return builder.build();
        }

        @Override
        public Map<UserId, Measurements> ofAll(Collection<UserId> owners, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        private final List<WeightEntry> stored = new ArrayList<>();
        private final Set<List<Object>> keys = new HashSet<>();

        @Override
        public int addAllNew(List<WeightEntry> added) {
            var count = 0;
            for (var entry : added) {
                if (keys.add(List.of(entry.userId(), entry.weighIn().recordedAt(), entry.weighIn().mass()))) {
                    stored.add(entry);
                    count++;
                }
            }
            return count;
        }

        @Override
        public void add(WeightEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WeightEntry> findOwned(WeightEntryId id, UserId owner) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(WeightEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(WeightEntryId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<WeightEntry> list(UserId owner, Instant from, Instant to, boolean ascending, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WeightEntry> history(UserId owner, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WeightEntry> historyAfter(UserId owner, Instant recordedAt, WeightEntryId id, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WeightEntry> latest(UserId owner) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteAllOf(UserId owner) {
            throw new UnsupportedOperationException();
        }
    }
}
