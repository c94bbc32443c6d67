package com.weighttracker.tracking.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static com.weighttracker.tracking.domain.TrackingFixtures.ANNA;
import static com.weighttracker.tracking.domain.TrackingFixtures.BERT;
import static com.weighttracker.tracking.domain.TrackingFixtures.NOW;
import static com.weighttracker.tracking.domain.TrackingFixtures.kg;
import static com.weighttracker.tracking.domain.TrackingFixtures.newEntryId;
import static com.weighttracker.tracking.domain.TrackingFixtures.weighIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Rejection.FieldError;
import com.weighttracker.tracking.WeightEntryCorrected;
import com.weighttracker.tracking.WeightEntryDeleted;
import com.weighttracker.tracking.WeightRecorded;

class WeightEntryTest {

    private static final FieldError FROM_THE_FUTURE = new FieldError("recordedAt",
            "recordedAt may be at most 24 hours in the future");

    @Test
    void recordingRegistersWeightRecordedWithTheEntryIdMassAndTime() {
        var id = newEntryId();
        var taken = NOW.minus(Duration.ofHours(2));

        var entry = WeightEntry.record(id, ANNA, weighIn("82.4", taken), "manual", NOW);

        assertThat(entry.drainEvents()).containsExactly(new WeightRecorded(id.value(), ANNA, kg("82.4"), taken));
        assertThat(entry.getId()).isEqualTo(id);
        assertThat(entry.userId()).isEqualTo(ANNA);
        assertThat(entry.source()).isEqualTo("manual");
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.version()).isZero();
        assertThat(entry.drainEvents()).as("drained").isEmpty();
    }

    @Test
    void mayBeBackdatedByYears() {
        var longAgo = NOW.minus(Duration.ofDays(3650));

        var entry = WeightEntry.record(newEntryId(), ANNA, weighIn("95", longAgo), "manual", NOW);

        assertThat(entry.weighIn().recordedAt()).isEqualTo(longAgo);
    }

    @Test
    void mayBeUpToExactly24HoursAhead() {
        var dayAhead = NOW.plus(WeightEntry.FUTURE_SLACK);

        var entry = WeightEntry.record(newEntryId(), ANNA, weighIn("80", dayAhead), "manual", NOW);

        assertThat(entry.weighIn().recordedAt()).isEqualTo(dayAhead);
        assertThat(WeightEntry.FUTURE_SLACK).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void rejectsAWeighInMoreThan24HoursAhead() {
        var tooFar = NOW.plus(WeightEntry.FUTURE_SLACK).plusNanos(1_000);

        assertThat(fieldErrorsOf(() -> WeightEntry.record(newEntryId(), ANNA, weighIn("80", tooFar), "manual", NOW)))
                .containsExactly(FROM_THE_FUTURE);
    }

    @Test
    void rejectsAWeighInBefore1900ButNotOneAtItsFirstInstant() {
        var tooEarly = WeighIn.EARLIEST.minusNanos(1_000);

        assertThat(fieldErrorsOf(() -> WeightEntry.imported(newEntryId(), ANNA, weighIn("80", tooEarly), "wger", NOW)))
                .containsExactly(new FieldError("recordedAt", "recordedAt must be in 1900 or later"));
        assertThat(WeightEntry.record(newEntryId(), ANNA, weighIn("80", WeighIn.EARLIEST), "manual", NOW)
                .weighIn().recordedAt()).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    }

    @Test
    void correctingRegistersWeightEntryCorrectedWithTheNewMassAndTime() {
        var entry = WeightEntry.restore(newEntryId(), ANNA, weighIn("82.4", NOW), "manual", NOW, 3);
        var earlier = NOW.minus(Duration.ofHours(1));

        entry.correct(weighIn("81.9", earlier), NOW.plusSeconds(60));

        assertThat(entry.weighIn().mass()).isEqualTo(kg("81.9"));
        assertThat(entry.drainEvents()).containsExactly(
                new WeightEntryCorrected(entry.getId().value(), ANNA, kg("81.9"), earlier));
        assertThat(entry.version()).as("the repository bumps the version").isEqualTo(3);
    }

    @Test
    void aCorrectionIntoTheFarFutureIsRefusedAndChangesNothing() {
        var entry = WeightEntry.restore(newEntryId(), ANNA, weighIn("82.4", NOW), "manual", NOW, 0);

        assertThat(fieldErrorsOf(() -> entry.correct(weighIn("81", NOW.plus(Duration.ofHours(25))), NOW)))
                .containsExactly(FROM_THE_FUTURE);
        assertThat(entry.weighIn().mass()).isEqualTo(kg("82.4"));
        assertThat(entry.drainEvents()).isEmpty();
    }

    @Test
    void deletingRegistersWeightEntryDeletedWithWhenItHadBeenTaken() {
        var taken = NOW.minus(Duration.ofDays(2));
        var entry = WeightEntry.restore(newEntryId(), ANNA, weighIn("82.4", taken), "manual", NOW, 0);

        entry.delete();

        assertThat(entry.drainEvents()).containsExactly(new WeightEntryDeleted(entry.getId().value(), ANNA, taken));
    }

    @Test
    void restoringRegistersNothingAndKnowsItsOwner() {
        var entry = WeightEntry.restore(newEntryId(), ANNA, weighIn("82.4", NOW), "import:csv", NOW, 7);

        assertThat(entry.drainEvents()).isEmpty();
        assertThat(entry.belongsTo(ANNA)).isTrue();
        assertThat(entry.belongsTo(BERT)).isFalse();
        assertThat(entry.source()).isEqualTo("import:csv");
        assertThat(entry.version()).isEqualTo(7);
    }
}
