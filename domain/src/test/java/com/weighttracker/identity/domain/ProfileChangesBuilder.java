package com.weighttracker.identity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.Patch;

/** Builds raw {@link ProfileChanges} input as a client sends it; every field is left unchanged unless set. */
final class ProfileChangesBuilder {

    private Patch<String> displayName = Patch.unchanged();
    private Patch<String> bio = Patch.unchanged();
    private Patch<UnitSystem> units = Patch.unchanged();
    private Patch<BigDecimal> heightCm = Patch.unchanged();
    private Patch<LocalDate> dateOfBirth = Patch.unchanged();
    private Patch<Gender> gender = Patch.unchanged();
    private Patch<ActivityLevel> activityLevel = Patch.unchanged();
    private Patch<String> timeZone = Patch.unchanged();
    private Patch<Visibility> profileVisibility = Patch.unchanged();
    private Patch<Visibility> weightVisibility = Patch.unchanged();

    static ProfileChangesBuilder changes() {
        return new ProfileChangesBuilder();
    }

    ProfileChangesBuilder displayName(String value) {
        displayName = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder bio(String value) {
        bio = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder units(UnitSystem value) {
        units = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder heightCm(String value) {
        heightCm = Patch.to(value == null ? null : new BigDecimal(value));
        return this;
    }

    ProfileChangesBuilder dateOfBirth(LocalDate value) {
        dateOfBirth = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder gender(Gender value) {
        gender = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder activityLevel(ActivityLevel value) {
        activityLevel = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder timeZone(String value) {
        timeZone = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder profileVisibility(Visibility value) {
        profileVisibility = Patch.to(value);
        return this;
    }

    ProfileChangesBuilder weightVisibility(Visibility value) {
        weightVisibility = Patch.to(value);
        return this;
    }

    ProfileChanges build() {
        return ProfileChanges.of(displayName, bio, units, heightCm, dateOfBirth, gender, activityLevel, timeZone,
                profileVisibility, weightVisibility);
    }
}
