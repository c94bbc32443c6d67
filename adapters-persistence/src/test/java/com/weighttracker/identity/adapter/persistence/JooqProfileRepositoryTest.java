package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.T0;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.domain.ActivityLevel;
import com.weighttracker.identity.domain.Gender;
import com.weighttracker.identity.domain.Height;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.identity.domain.ProfileChanges;
import com.weighttracker.identity.domain.UnitSystem;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.UserId;

class JooqProfileRepositoryTest {

    private final JooqProfileRepository profiles = new JooqProfileRepository(TestDatabase.dsl());
    private UserId userId;

    @BeforeEach
    void anAccountToHangProfilesOn() {
        TestDatabase.clean();
        var account = registered("anna@example.com", "anna");
        new JooqAccountRepository(TestDatabase.dsl()).add(account);
        userId = account.getId();
    }

    @Test
    void profileWithEveryFieldSetReadsBackUnchanged() {
        var profile = Profile.restore(userId, "Anna B.", "Running again since spring.", UnitSystem.IMPERIAL,
                new Height(new BigDecimal("172.5")), LocalDate.of(1990, 2, 28), Gender.NON_BINARY,
                ActivityLevel.VERY_ACTIVE, ZoneId.of("America/Argentina/Buenos_Aires"), Visibility.PRIVATE,
                Visibility.PUBLIC);

        profiles.add(profile);

        assertSameFields(profiles.findById(userId).orElseThrow(), profile);
    }

    @Test
    void profileWithEveryOptionalFieldEmptyReadsBackWithNulls() {
        var profile = Profile.createFor(userId, ZoneId.of("UTC"));

        profiles.add(profile);

        var found = profiles.findById(userId).orElseThrow();
        assertSameFields(found, profile);
        assertThat(found.displayName()).isNull();
        assertThat(found.bio()).isNull();
        assertThat(found.height()).isNull();
        assertThat(found.dateOfBirth()).isNull();
        assertThat(found.gender()).isNull();
        assertThat(found.activityLevel()).isNull();
    }

    @Test
    void displayNameAndBioAtTheirLimitsInCharactersFitEvenWithCharactersOutsideTheBmp() {
        // the domain counts code points, and so does varchar(n) in a UTF-8 database; an emoji is two
        // Java chars but one character to both
        var displayName = "🏃".repeat(ProfileChanges.DISPLAY_NAME_MAX);
        var bio = "ä🏋".repeat(ProfileChanges.BIO_MAX / 2);
        var profile = Profile.restore(userId, displayName, bio, UnitSystem.METRIC, null, null, null, null,
                ZoneId.of("Europe/Berlin"), Visibility.PUBLIC, Visibility.PRIVATE);

        profiles.add(profile);

        var found = profiles.findById(userId).orElseThrow();
        assertThat(found.displayName()).isEqualTo(displayName);
        assertThat(found.bio()).isEqualTo(bio);
    }

    @Test
    void updateStoresChangedFieldsAndClearsFieldsSetToNull() {
        profiles.add(Profile.restore(userId, "Anna", "Old bio", UnitSystem.METRIC, new Height(new BigDecimal("180")),
                LocalDate.of(1985, 6, 1), Gender.FEMALE, ActivityLevel.LIGHT, ZoneId.of("Europe/Berlin"),
                Visibility.PUBLIC, Visibility.PRIVATE));
        var profile = profiles.findById(userId).orElseThrow();
        profile.apply(new ProfileChanges(Patch.to(null), Patch.to("New bio"), Patch.to(UnitSystem.IMPERIAL),
                Patch.to(null), Patch.to(null), Patch.to(null), Patch.unchanged(), Patch.to(ZoneId.of("Asia/Tokyo")),
                Patch.to(Visibility.PRIVATE), Patch.unchanged()), LocalDate.of(2026, 11, 25), T0);

        profiles.update(profile);

        var found = profiles.findById(userId).orElseThrow();
        assertSameFields(found, profile);
        assertThat(found.displayName()).isNull();
        assertThat(found.bio()).isEqualTo("New bio");
        assertThat(found.units()).isEqualTo(UnitSystem.IMPERIAL);
        assertThat(found.height()).isNull();
        assertThat(found.dateOfBirth()).isNull();
        assertThat(found.gender()).isNull();
        assertThat(found.activityLevel()).isEqualTo(ActivityLevel.LIGHT);
        assertThat(found.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(found.profileVisibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(found.weightVisibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void updateTouchesOnlyItsOwnProfile() {
        var other = registered("other@example.com", "other");
        new JooqAccountRepository(TestDatabase.dsl()).add(other);
        profiles.add(Profile.createFor(userId, ZoneId.of("Europe/Berlin")));
        profiles.add(Profile.createFor(other.getId(), ZoneId.of("Europe/Paris")));
        var mine = profiles.findById(userId).orElseThrow();
        mine.apply(new ProfileChanges(Patch.to("Anna"), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged()), LocalDate.of(2026, 11, 25), T0);

        profiles.update(mine);

        var theirs = profiles.findById(other.getId()).orElseThrow();
        assertThat(theirs.displayName()).isNull();
        assertThat(theirs.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void unknownUserHasNoProfile() {
        assertThat(profiles.findById(IdentityFixtures.newUserId())).isEmpty();
    }

    private static void assertSameFields(Profile actual, Profile expected) {
        assertThat(actual.getId()).isEqualTo(expected.getId());
        assertThat(actual.displayName()).isEqualTo(expected.displayName());
        assertThat(actual.bio()).isEqualTo(expected.bio());
        assertThat(actual.units()).isEqualTo(expected.units());
        assertThat(actual.height()).isEqualTo(expected.height());
        assertThat(actual.dateOfBirth()).isEqualTo(expected.dateOfBirth());
        assertThat(actual.gender()).isEqualTo(expected.gender());
        assertThat(actual.activityLevel()).isEqualTo(expected.activityLevel());
        assertThat(actual.timeZone()).isEqualTo(expected.timeZone());
        assertThat(actual.profileVisibility()).isEqualTo(expected.profileVisibility());
        assertThat(actual.weightVisibility()).isEqualTo(expected.weightVisibility());
    }
}
