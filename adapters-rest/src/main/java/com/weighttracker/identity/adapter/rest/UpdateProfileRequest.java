package com.weighttracker.identity.adapter.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import com.weighttracker.identity.Visibility;
import com.weighttracker.platform.adapter.rest.MergePatch;
import com.weighttracker.identity.domain.ActivityLevel;
import com.weighttracker.identity.domain.Gender;
import com.weighttracker.identity.domain.ProfileChanges;
import com.weighttracker.identity.domain.UnitSystem;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON merge patch of the profile: a field left out stays as it is, a field sent as null is
 * cleared. A class rather than a record, because Jackson leaves absent fields null here while an
 * explicit null becomes {@code Optional.empty()}.
 */
@Schema(name = "UpdateProfileRequest", description = "Only the fields sent change; null clears an optional field.")
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
final class UpdateProfileRequest {

    @Schema(example = "Anna", maxLength = 50, nullable = true)
    private Optional<String> displayName;
    @Schema(maxLength = 500, nullable = true)
    private Optional<String> bio;
    @Schema(example = "metric", allowableValues = { "metric", "imperial" })
    private Optional<UnitSystem> units;
    @Schema(example = "172.5", minimum = "50", maximum = "272", nullable = true)
    private Optional<BigDecimal> heightCm;
    @Schema(example = "1990-04-01", nullable = true)
    private Optional<LocalDate> dateOfBirth;
    @Schema(allowableValues = { "female", "male", "non_binary", "prefer_not_to_say" }, nullable = true)
    private Optional<Gender> gender;
    @Schema(allowableValues = { "sedentary", "light", "moderate", "active", "very_active" }, nullable = true)
    private Optional<ActivityLevel> activityLevel;
    @Schema(example = "Europe/Berlin")
    private Optional<String> timeZone;
    @Schema(allowableValues = { "public", "private" })
    private Optional<Visibility> profileVisibility;
    @Schema(allowableValues = { "public", "private" })
    private Optional<Visibility> weightVisibility;

    ProfileChanges toChanges() {
        return ProfileChanges.of(MergePatch.field(displayName), MergePatch.field(bio), MergePatch.field(units),
                MergePatch.field(heightCm), MergePatch.field(dateOfBirth), MergePatch.field(gender),
                MergePatch.field(activityLevel), MergePatch.field(timeZone), MergePatch.field(profileVisibility),
                MergePatch.field(weightVisibility));
    }


    public void setDisplayName(Optional<String> displayName) {
        this.displayName = displayName;
    }

    public void setBio(Optional<String> bio) {
        this.bio = bio;
    }

    public void setUnits(Optional<UnitSystem> units) {
        this.units = units;
    }

    public void setHeightCm(Optional<BigDecimal> heightCm) {
        this.heightCm = heightCm;
    }

    public void setDateOfBirth(Optional<LocalDate> dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public void setGender(Optional<Gender> gender) {
        this.gender = gender;
    }

    public void setActivityLevel(Optional<ActivityLevel> activityLevel) {
        this.activityLevel = activityLevel;
    }

    public void setTimeZone(Optional<String> timeZone) {
        this.timeZone = timeZone;
    }

    public void setProfileVisibility(Optional<Visibility> profileVisibility) {
        this.profileVisibility = profileVisibility;
    }

    public void setWeightVisibility(Optional<Visibility> weightVisibility) {
        this.weightVisibility = weightVisibility;
    }
}
