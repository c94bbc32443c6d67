package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.T0;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.dec;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.entry;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.hours;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newEntryId;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newUserId;
import static com.weighttracker.tracking.adapter.persistence.schema.Tables.WEIGHT_ENTRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

class JooqWeightEntryRepositoryTest {

    private final JooqWeightEntryRepository entries = new JooqWeightEntryRepository(TestDatabase.dsl());
    private final UserId anna = newUserId();
    private final UserId bert = newUserId();

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean();
    }

    private List<UUID> ids(List<WeightEntry> found) {
        return found.stream().map(entry -> entry.getId().value()).toList();
    }

    private static List<UUID> idsOf(WeightEntry... expected) {
        return List.of(expected).stream().map(entry -> entry.getId().value()).toList();
    }

    @Nested
    class RoundTrip {

        @Test
        void everyFieldReadsBackWithExactDecimals() {
            var weighIn = WeighIn.of(dec("180.45"), MassUnit.LB, null, Instant.parse("2026-11-02T06:45:12.345678Z"),
                    "after the run 🏃", dec("23.45"), dec("78.25"), dec("55.5"));
            var entry = WeightEntry.restore(newEntryId(), anna, weighIn, "import:csv", hours(30), 4);

            entries.add(entry);

            var found = entries.findOwned(entry.getId(), anna).orElseThrow();
            assertThat(found.getId()).isEqualTo(entry.getId());
            assertThat(found.userId()).isEqualTo(anna);
            assertThat(found.weighIn()).isEqualTo(weighIn);
            assertThat(found.weighIn().mass().kilograms()).isEqualTo(dec("81.8507431665"));
            assertThat(found.weighIn().mass().in(MassUnit.LB, 2)).isEqualTo(dec("180.45"));
            assertThat(found.weighIn().unit()).isEqualTo(MassUnit.LB);
            assertThat(found.weighIn().recordedAt()).isEqualTo(Instant.parse("2026-11-02T06:45:12.345678Z"));
            assertThat(found.weighIn().notes()).isEqualTo("after the run 🏃");
            assertThat(found.weighIn().bodyFatPercentage()).isEqualByComparingTo("23.45");
            assertThat(found.weighIn().muscleMass().in(MassUnit.LB, 2)).isEqualTo(dec("78.25"));
            assertThat(found.weighIn().waterPercentage()).isEqualByComparingTo("55.5");
            assertThat(found.source()).isEqualTo("import:csv");
            assertThat(found.createdAt()).isEqualTo(hours(30));
            assertThat(found.version()).isEqualTo(4);
        }

        @Test
        void stonesAndPoundsReadBackAsEntered() {
            var weighIn = WeighIn.of(dec("12"), MassUnit.ST, dec("5.5"), T0, null, null, null, null);
            var entry = WeightEntry.restore(newEntryId(), anna, weighIn, "manual", T0, 0);

            entries.add(entry);

            var found = entries.findOwned(entry.getId(), anna).orElseThrow().weighIn();
            assertThat(found.unit()).isEqualTo(MassUnit.ST);
            assertThat(found.mass()).isEqualTo(Mass.ofStonesAndPounds(dec("12"), dec("5.5")));
            assertThat(found.mass().stonesAndPounds(2).stones()).isEqualByComparingTo("12");
            assertThat(found.mass().stonesAndPounds(2).pounds()).isEqualByComparingTo("5.5");
        }

        @Test
        void optionalFieldsReadBackAsNulls() {
            var entry = entry(anna, "82.4", T0);

            entries.add(entry);

            var found = entries.findOwned(entry.getId(), anna).orElseThrow().weighIn();
            assertThat(found).isEqualTo(entry.weighIn());
            assertThat(found.notes()).isNull();
            assertThat(found.bodyFatPercentage()).isNull();
            assertThat(found.muscleMass()).isNull();
            assertThat(found.waterPercentage()).isNull();
        }

        @Test
        void notesAtTheirLimitOf1000CharactersFitEvenOutsideTheBmp() {
            var notes = "🏋".repeat(WeighIn.NOTES_MAX);
            var entry = WeightEntry.restore(newEntryId(), anna,
                    WeighIn.of(dec("80"), MassUnit.KG, null, T0, notes, null, null, null), "manual", T0, 0);

            entries.add(entry);

            assertThat(entries.findOwned(entry.getId(), anna).orElseThrow().weighIn().notes()).isEqualTo(notes);
        }
    }

    @Nested
    class Adding {

        @Test
        void theSameMassAtTheSameInstantIsAConflictOnRecordedAt() {
            entries.add(entry(anna, "82.4", T0));

            assertThatThrownBy(() -> entries.add(entry(anna, "82.40", T0)))
                    .isInstanceOfSatisfying(InConflict.class,
                            conflict -> assertThat(conflict.field()).isEqualTo("recordedAt"));
            assertThat(TestDatabase.dsl().fetchCount(WEIGHT_ENTRIES)).isOne();
        }

        @Test
        void anotherMassOrInstantOrUserIsAnotherWeighIn() {
            entries.add(entry(anna, "82.4", T0));

            entries.add(entry(anna, "82.5", T0));
            entries.add(entry(anna, "82.4", T0.plusNanos(1_000)));
            entries.add(entry(bert, "82.4", T0));

            assertThat(TestDatabase.dsl().fetchCount(WEIGHT_ENTRIES)).isEqualTo(4);
        }

        @Test
        void addAllNewSkipsWhatIsThereAndDuplicatesWithinTheBatchAndCountsTheRest() {
            var existing = entry(anna, "82.4", hours(0));
            entries.add(existing);
            var fresh = List.of(entry(anna, "82.0", hours(1)), entry(anna, "81.8", hours(2)), entry(bert, "82.4", hours(0)));
            var batch = new ArrayList<WeightEntry>(fresh);
            batch.add(entry(anna, "82.4", hours(0)));
            batch.add(entry(anna, "81.8", hours(2)));

            var added = entries.addAllNew(batch);

            assertThat(added).isEqualTo(3);
            assertThat(entries.history(anna, null, null)).extracting(entry -> entry.weighIn().mass())
                    .containsExactly(Mass.of(dec("82.4"), MassUnit.KG), Mass.of(dec("82.0"), MassUnit.KG),
                            Mass.of(dec("81.8"), MassUnit.KG));
            assertThat(entries.findOwned(existing.getId(), anna)).as("the first one stays").isPresent();
        }

        @Test
        void addAllNewHandlesBatchesLargerThanOneStatementAndIsIdempotent() {
            var many = new ArrayList<WeightEntry>();
            for (var i = 0; i < 1_203; i++) {
                many.add(entry(anna, "80", hours(i)));
            }

            assertThat(entries.addAllNew(many)).isEqualTo(1_203);
            assertThat(entries.addAllNew(many.stream().map(e -> entry(anna, "80", e.weighIn().recordedAt())).toList()))
                    .as("imported again").isZero();
            assertThat(TestDatabase.dsl().fetchCount(WEIGHT_ENTRIES)).isEqualTo(1_203);
        }

        @Test
        void addAllNewOfNothingAddsNothing() {
            assertThat(entries.addAllNew(List.of())).isZero();
        }
    }

    @Nested
    class Finding {

        @Test
        void anotherUsersEntryIsNotFound() {
            var entry = entry(anna, "82.4", T0);
            entries.add(entry);

            assertThat(entries.findOwned(entry.getId(), bert)).isEmpty();
            assertThat(entries.findOwned(newEntryId(), anna)).isEmpty();
        }

        @Test
        void latestIsTheLastTakenNotTheLastAdded() {
            var newest = entry(anna, "80", hours(10));
            entries.add(newest);
            entries.add(entry(anna, "81", hours(5)));
            entries.add(entry(bert, "90", hours(20)));

            assertThat(entries.latest(anna)).hasValueSatisfying(
                    found -> assertThat(found.getId()).isEqualTo(newest.getId()));
            assertThat(entries.latest(newUserId())).isEmpty();
        }

        @Test
        void historyIsOldestFirstWithinFromInclusiveAndToExclusive() {
            var first = entry(anna, "83", hours(1));
            var second = entry(anna, "82", hours(2));
            var third = entry(anna, "81", hours(3));
            for (var entry : List.of(third, first, second, entry(bert, "70", hours(2)))) {
                entries.add(entry);
            }

            assertThat(ids(entries.history(anna, null, null))).isEqualTo(idsOf(first, second, third));
            assertThat(ids(entries.history(anna, hours(2), null))).isEqualTo(idsOf(second, third));
            assertThat(ids(entries.history(anna, null, hours(3)))).isEqualTo(idsOf(first, second));
            assertThat(ids(entries.history(anna, hours(2), hours(3)))).isEqualTo(idsOf(second));
        }
    }

    @Nested
    class Listing {

        private WeightEntry e1;
        private WeightEntry e2;
        private WeightEntry e3a;
        private WeightEntry e3b;
        private WeightEntry e4;

        @BeforeEach
        void fiveOfAnnasAndOneOfBerts() {
            e1 = entry(anna, "84", hours(1));
            e2 = entry(anna, "83", hours(2));
            // two at the same instant: the id breaks the tie
            e3a = entry(new WeightEntryId(UUID.fromString("00000000-0000-7000-8000-00000000000a")), anna, "82.5",
                    hours(3));
            e3b = entry(new WeightEntryId(UUID.fromString("00000000-0000-7000-8000-00000000000b")), anna, "82",
                    hours(3));
            e4 = entry(anna, "81", hours(4));
            for (var entry : List.of(e3b, e1, e4, e3a, e2, entry(bert, "70", hours(3)))) {
                entries.add(entry);
            }
        }

        @Test
        void newestFirstByDefaultWithTheTotal() {
            var page = entries.list(anna, null, null, false, PageRequest.of(1, 20));

            assertThat(ids(page.items())).isEqualTo(idsOf(e4, e3b, e3a, e2, e1));
            assertThat(page.totalItems()).isEqualTo(5);
            assertThat(page.request()).isEqualTo(PageRequest.of(1, 20));
        }

        @Test
        void oldestFirstWhenAscending() {
            var page = entries.list(anna, null, null, true, PageRequest.of(1, 20));

            assertThat(ids(page.items())).isEqualTo(idsOf(e1, e2, e3a, e3b, e4));
        }

        @Test
        void pagesThroughInTheSameOrderWithTheTotalOnEveryPage() {
            var first = entries.list(anna, null, null, false, PageRequest.of(1, 2));
            var second = entries.list(anna, null, null, false, PageRequest.of(2, 2));
            var third = entries.list(anna, null, null, false, PageRequest.of(3, 2));
            var beyond = entries.list(anna, null, null, false, PageRequest.of(4, 2));

            assertThat(ids(first.items())).isEqualTo(idsOf(e4, e3b));
            assertThat(ids(second.items())).isEqualTo(idsOf(e3a, e2));
            assertThat(ids(third.items())).isEqualTo(idsOf(e1));
            assertThat(beyond.items()).isEmpty();
            assertThat(List.of(first, second, third, beyond)).allSatisfy(
                    page -> assertThat(page.totalItems()).isEqualTo(5));
        }

        @Test
        void boundsAreFromInclusiveAndToExclusive() {
            var page = entries.list(anna, hours(2), hours(4), false, PageRequest.of(1, 20));

            assertThat(ids(page.items())).isEqualTo(idsOf(e3b, e3a, e2));
            assertThat(page.totalItems()).isEqualTo(3);
            assertThat(entries.list(anna, hours(4), null, true, PageRequest.of(1, 20)).items()).hasSize(1);
            assertThat(entries.list(anna, null, hours(1), true, PageRequest.of(1, 20)).totalItems()).isZero();
        }

        @Test
        void countsOnlyWithinTheBoundsWhenPaging() {
            var page = entries.list(anna, hours(2), null, true, PageRequest.of(2, 2));

            assertThat(ids(page.items())).isEqualTo(idsOf(e3b, e4));
            assertThat(page.totalItems()).isEqualTo(4);
        }

        @Test
        void aUserWithoutEntriesGetsAnEmptyPage() {
            var page = entries.list(newUserId(), null, null, false, PageRequest.of(1, 20));

            assertThat(page.items()).isEmpty();
            assertThat(page.totalItems()).isZero();
        }
    }

    @Nested
    class Changing {

        @Test
        void updateStoresTheCorrectionAndBumpsTheVersion() {
            var entry = entry(anna, "82.4", T0);
            entries.add(entry);
            var read = entries.findOwned(entry.getId(), anna).orElseThrow();
            var corrected = WeighIn.of(dec("180.45"), MassUnit.LB, null, hours(1), "fixed", dec("20"), dec("70"),
                    null);
            read.correct(corrected, hours(2));

            entries.update(read);

            var found = entries.findOwned(entry.getId(), anna).orElseThrow();
            assertThat(found.weighIn()).isEqualTo(corrected);
            assertThat(found.version()).isEqualTo(1);
            assertThat(found.createdAt()).as("unchanged").isEqualTo(T0);
            assertThat(found.source()).isEqualTo("manual");
            assertThat(found.userId()).isEqualTo(anna);
        }

        @Test
        void updateOfAStaleCopyIsAConflictAndChangesNothing() {
            var entry = entry(anna, "82.4", T0);
            entries.add(entry);
            var first = entries.findOwned(entry.getId(), anna).orElseThrow();
            var second = entries.findOwned(entry.getId(), anna).orElseThrow();
            first.correct(WeighIn.of(dec("81"), MassUnit.KG, null, T0, null, null, null, null), T0);
            entries.update(first);

            second.correct(WeighIn.of(dec("79"), MassUnit.KG, null, T0, null, null, null, null), T0);
            assertThatThrownBy(() -> entries.update(second)).isInstanceOfSatisfying(InConflict.class,
                    conflict -> assertThat(conflict.field()).as("not about one field").isNull());

            var stored = entries.findOwned(entry.getId(), anna).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.weighIn().mass()).isEqualTo(Mass.of(dec("81"), MassUnit.KG));
        }

        @Test
        void updateOntoAnotherIdenticalWeighInIsAConflictOnRecordedAt() {
            entries.add(entry(anna, "80", hours(1)));
            var entry = entry(anna, "82.4", T0);
            entries.add(entry);
            var read = entries.findOwned(entry.getId(), anna).orElseThrow();
            read.correct(WeighIn.of(dec("80"), MassUnit.KG, null, hours(1), null, null, null, null), hours(2));

            assertThatThrownBy(() -> entries.update(read)).isInstanceOfSatisfying(InConflict.class,
                    conflict -> assertThat(conflict.field()).isEqualTo("recordedAt"));
        }

        @Test
        void updateOfADeletedEntryIsAConflict() {
            var entry = entry(anna, "82.4", T0);
            entries.add(entry);
            entries.delete(entry.getId());

            assertThatThrownBy(() -> entries.update(entry)).isInstanceOf(InConflict.class);
        }

        @Test
        void deleteRemovesOnlyThatEntry() {
            var doomed = entry(anna, "82.4", T0);
            var kept = entry(anna, "82.0", hours(1));
            entries.add(doomed);
            entries.add(kept);

            entries.delete(doomed.getId());

            assertThat(entries.findOwned(doomed.getId(), anna)).isEmpty();
            assertThat(entries.findOwned(kept.getId(), anna)).isPresent();
        }

        @Test
        void deleteAllOfForgetsOneUserOnly() {
            entries.add(entry(anna, "82.4", T0));
            entries.add(entry(anna, "82.0", hours(1)));
            var berts = entry(bert, "90", T0);
            entries.add(berts);

            entries.deleteAllOf(anna);

            assertThat(entries.history(anna, null, null)).isEmpty();
            assertThat(entries.latest(anna)).isEmpty();
            assertThat(entries.findOwned(berts.getId(), bert)).isPresent();
        }
    }

    /** The unfiltered list's total is a tally kept with the rows, never a count: it must follow every change. */
    @Nested
    class Tally {

        private long total(UserId owner) {
            return entries.list(owner, null, null, false, PageRequest.of(1, 1)).totalItems();
        }

        private void assertTalliesMatchTheRows() {
            for (var owner : List.of(anna, bert)) {
                assertThat(total(owner)).as("tally of " + owner)
                        .isEqualTo(TestDatabase.dsl().fetchCount(WEIGHT_ENTRIES, WEIGHT_ENTRIES.USER_ID.eq(owner.value())));
            }
        }

        @Test
        void followsAddsImportsDeletesAndForgetting() {
            var first = entry(anna, "82.4", T0);
            entries.add(first);
            entries.add(entry(anna, "82.2", hours(1)));
            entries.add(entry(bert, "90", T0));
            assertThat(total(anna)).isEqualTo(2);
            assertTalliesMatchTheRows();

            entries.addAllNew(List.of(entry(anna, "82.4", T0), entry(anna, "82.0", hours(2)), entry(bert, "89", hours(1)),
                    entry(bert, "89", hours(1))));
            assertThat(total(anna)).isEqualTo(3);
            assertThat(total(bert)).isEqualTo(2);
            assertTalliesMatchTheRows();

            entries.delete(first.getId());
            entries.delete(first.getId());
            assertThat(total(anna)).as("deleting what is gone changes nothing").isEqualTo(2);
            assertTalliesMatchTheRows();

            entries.deleteAllOf(anna);
            assertThat(total(anna)).isZero();
            assertThat(total(bert)).isEqualTo(2);
            assertTalliesMatchTheRows();
        }

        @Test
        void aRefusedDuplicateIsNotCounted() {
            entries.add(entry(anna, "82.4", T0));

            assertThatThrownBy(() -> entries.add(entry(anna, "82.4", T0))).isInstanceOf(InConflict.class);

            assertThat(total(anna)).isEqualTo(1);
        }

        @Test
        void aRangeIsCountedNotTallied() {
            for (var hour = 0; hour < 5; hour++) {
                entries.add(entry(anna, "80", hours(hour)));
            }

            assertThat(entries.list(anna, hours(1), hours(4), false, PageRequest.of(1, 1)).totalItems()).isEqualTo(3);
            assertThat(entries.list(anna, hours(3), null, true, PageRequest.of(1, 1)).totalItems()).isEqualTo(2);
            assertThat(entries.list(anna, null, hours(2), true, PageRequest.of(1, 1)).totalItems()).isEqualTo(2);
        }
    }
}
