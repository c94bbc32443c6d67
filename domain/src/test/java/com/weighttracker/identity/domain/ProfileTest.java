package com.weighttracker.identity.domain;

import static com.weighttracker.identity.domain.ProfileChangesBuilder.changes;
import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.Rejection.FieldError;
import com.weighttracker.shared.UserId;

class ProfileTest {

    private static final UserId OWNER = UserId.of("5f0c6a7e-2b1d-4c7e-9a53-1d2e3f4a5b6c");
    private static final UserId STRANGER = UserId.of("0b8f1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-01-01");

    private static Profile newProfile() {
        return Profile.createFor(OWNER, BERLIN);
    }

    /** A profile with every optional field filled in. */
    private static Profile fullProfile() {
        return Profile.restore(OWNER, "Anna", "Losing 10 kg", UnitSystem.IMPERIAL,
                new Height(new BigDecimal("170.0")), LocalDate.parse("1990-05-17"), Gender.FEMALE,
                ActivityLevel.MODERATE, BERLIN, Visibility.PUBLIC, Visibility.PUBLIC);
    }

    @Nested
    class Creation {

        @Test
        void defaultsToMetricUnitsPublicProfileAndPrivateWeights() {
            var profile = newProfile();

            assertThat(profile.getId()).isEqualTo(OWNER);
            assertThat(profile.units()).isEqualTo(UnitSystem.METRIC);
            assertThat(profile.profileVisibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(profile.weightVisibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(profile.timeZone()).isEqualTo(BERLIN);
        }

        @Test
        void leavesOptionalFieldsEmpty() {
            var profile = newProfile();

            assertThat(profile.displayName()).isNull();
            assertThat(profile.bio()).isNull();
            assertThat(profile.height()).isNull();
            assertThat(profile.dateOfBirth()).isNull();
            assertThat(profile.gender()).isNull();
            assertThat(profile.activityLevel()).isNull();
        }

        @Test
        void defaultsToUtcWhenNoTimeZoneIsGiven() {
            assertThat(Profile.createFor(OWNER, null).timeZone()).isEqualTo(UTC);
        }

        @Test
        void recordsNoEvent() {
            assertThat(newProfile().drainEvents()).isEmpty();
        }
    }

    @Nested
    class Applying {

        @Test
        void setsEveryGivenField() {
            var profile = newProfile();

            profile.apply(changes()
                    .displayName("Anna")
                    .bio("Losing 10 kg")
                    .units(UnitSystem.IMPERIAL)
                    .heightCm("170")
                    .dateOfBirth(LocalDate.parse("1990-05-17"))
                    .gender(Gender.FEMALE)
                    .activityLevel(ActivityLevel.ACTIVE)
                    .timeZone("America/New_York")
                    .profileVisibility(Visibility.PRIVATE)
                    .weightVisibility(Visibility.PUBLIC)
                    .build(), TODAY, NOW);

            assertThat(profile.displayName()).isEqualTo("Anna");
            assertThat(profile.bio()).isEqualTo("Losing 10 kg");
            assertThat(profile.units()).isEqualTo(UnitSystem.IMPERIAL);
            assertThat(profile.height()).isEqualTo(new Height(new BigDecimal("170.0")));
            assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.parse("1990-05-17"));
            assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
            assertThat(profile.activityLevel()).isEqualTo(ActivityLevel.ACTIVE);
            assertThat(profile.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(profile.profileVisibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(profile.weightVisibility()).isEqualTo(Visibility.PUBLIC);
        }

        @Test
        void leavesFieldsThatAreNotSentAlone() {
            var profile = fullProfile();

            profile.apply(changes().bio("New bio").build(), TODAY, NOW);

            assertThat(profile.bio()).isEqualTo("New bio");
            assertThat(profile.displayName()).isEqualTo("Anna");
            assertThat(profile.units()).isEqualTo(UnitSystem.IMPERIAL);
            assertThat(profile.height()).isEqualTo(new Height(new BigDecimal("170")));
            assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.parse("1990-05-17"));
            assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
            assertThat(profile.activityLevel()).isEqualTo(ActivityLevel.MODERATE);
            assertThat(profile.timeZone()).isEqualTo(BERLIN);
            assertThat(profile.profileVisibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(profile.weightVisibility()).isEqualTo(Visibility.PUBLIC);
        }

        @Test
        void clearsTheOptionalFieldsSentAsNull() {
            var profile = fullProfile();

            profile.apply(changes()
                    .displayName(null)
                    .bio(null)
                    .heightCm(null)
                    .dateOfBirth(null)
                    .gender(null)
                    .activityLevel(null)
                    .build(), TODAY, NOW);

            assertThat(profile.displayName()).isNull();
            assertThat(profile.bio()).isNull();
            assertThat(profile.height()).isNull();
            assertThat(profile.dateOfBirth()).isNull();
            assertThat(profile.gender()).isNull();
            assertThat(profile.activityLevel()).isNull();
        }

        @Test
        void recordsUserProfileChangedWithTheNewState() {
            var profile = newProfile();

            profile.apply(changes().displayName("Anna").timeZone("Asia/Tokyo")
                    .profileVisibility(Visibility.PRIVATE).build(), TODAY, NOW);

            assertThat(profile.drainEvents()).containsExactly(new UserProfileChanged(OWNER, "Anna",
                    ZoneId.of("Asia/Tokyo"), Visibility.PRIVATE, Visibility.PRIVATE, NOW));
        }

        @Test
        void recordsOneEventPerApply() {
            var profile = newProfile();

            profile.apply(changes().bio("one").build(), TODAY, NOW);
            profile.apply(changes().bio("two").build(), TODAY, NOW.plusSeconds(1));

            assertThat(profile.drainEvents()).hasSize(2);
            assertThat(profile.drainEvents()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = { "units", "timeZone", "profileVisibility", "weightVisibility" })
        void refusesToClearARequiredSetting(String field) {
            var clearing = switch (field) {
                case "units" -> changes().units(null);
                case "timeZone" -> changes().timeZone(null);
                case "profileVisibility" -> changes().profileVisibility(null);
                default -> changes().weightVisibility(null);
            };
            var profile = fullProfile();

            assertThat(fieldErrorsOf(() -> profile.apply(clearing.build(), TODAY, NOW)))
                    .containsExactly(new FieldError(field, field + " cannot be cleared"));
        }

        @Test
        void aRefusedChangeLeavesTheProfileUntouchedAndRecordsNothing() {
            var profile = fullProfile();

            fieldErrorsOf(() -> profile.apply(changes().displayName("Someone else").bio(null).units(null).build(),
                    TODAY, NOW));

            assertThat(profile.displayName()).isEqualTo("Anna");
            assertThat(profile.bio()).isEqualTo("Losing 10 kg");
            assertThat(profile.units()).isEqualTo(UnitSystem.IMPERIAL);
            assertThat(profile.drainEvents()).isEmpty();
        }
    }

    @Nested
    class MinimumAge {

        @Test
        void allowsADateOfBirthExactlyThirteenYearsBeforeToday() {
            var profile = newProfile();

            profile.apply(changes().dateOfBirth(LocalDate.parse("2013-01-01")).build(), TODAY, NOW);

            assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.parse("2013-01-01"));
        }

        @Test
        void refusesADateOfBirthOneDayShortOfThirteenYears() {
            var profile = newProfile();

            assertThat(fieldErrorsOf(() -> profile.apply(
                    changes().dateOfBirth(LocalDate.parse("2013-01-02")).build(), TODAY, NOW)))
                    .containsExactly(new FieldError("dateOfBirth",
                            "dateOfBirth must be a date at least 13 years ago"));
            assertThat(profile.dateOfBirth()).isNull();
        }

        @Test
        void refusesADateOfBirthInTheFuture() {
            var profile = newProfile();

            assertThat(fieldErrorsOf(() -> profile.apply(
                    changes().dateOfBirth(TODAY.plusDays(1)).build(), TODAY, NOW)))
                    .extracting(FieldError::field)
                    .containsExactly("dateOfBirth");
        }

        @Test
        void judgesAgeAgainstTheGivenLocalDateNotTheInstant() {
            var profile = newProfile();
            // Still 31 December in the user's zone although the instant is already 1 January in UTC.
            var localToday = LocalDate.parse("2025-12-31");

            assertThat(fieldErrorsOf(() -> profile.apply(
                    changes().dateOfBirth(LocalDate.parse("2013-01-01")).build(), localToday, NOW)))
                    .extracting(FieldError::field)
                    .containsExactly("dateOfBirth");
        }

        @Test
        void doesNotRecheckAKeptDateOfBirth() {
            var profile = Profile.restore(OWNER, null, null, UnitSystem.METRIC, null, LocalDate.parse("2020-01-01"),
                    null, null, BERLIN, Visibility.PUBLIC, Visibility.PRIVATE);

            profile.apply(changes().bio("hello").build(), TODAY, NOW);

            assertThat(profile.bio()).isEqualTo("hello");
        }

        @Test
        void minimumAgeIsThirteen() {
            assertThat(Profile.MINIMUM_AGE).isEqualTo(13);
        }
    }

    @Nested
    class ProfileVisibility {

        @Test
        void aPublicProfileIsVisibleToEveryone() {
            var profile = newProfile();

            assertThat(profile.isVisibleTo(STRANGER)).isTrue();
            assertThat(profile.isVisibleTo(OWNER)).isTrue();
        }

        @Test
        void aPrivateProfileIsVisibleOnlyToItsOwner() {
            var profile = newProfile();
            profile.apply(changes().profileVisibility(Visibility.PRIVATE).build(), TODAY, NOW);

            assertThat(profile.isVisibleTo(STRANGER)).isFalse();
            assertThat(profile.isVisibleTo(OWNER)).isTrue();
        }

        @Test
        void privateWeightsDoNotHideAPublicProfile() {
            var profile = newProfile();

            assertThat(profile.weightVisibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(profile.isVisibleTo(STRANGER)).isTrue();
        }
    }
}
