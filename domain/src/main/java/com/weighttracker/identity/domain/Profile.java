package com.weighttracker.identity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;

/** What a user tells about themselves, and who may see it. */
public final class Profile extends EventRecordingAggregate<Profile, UserId> {

    /** Nobody younger may hold an account (COPPA / GDPR-K). */
    public static final int MINIMUM_AGE = 13;

    private final UserId userId;
    private String displayName;
    private String bio;
    private UnitSystem units;
    private Height height;
    private LocalDate dateOfBirth;
    private Gender gender;
    private ActivityLevel activityLevel;
    private ZoneId timeZone;
    private Visibility profileVisibility;
    private Visibility weightVisibility;

    private Profile(UserId userId, String displayName, String bio, UnitSystem units, Height height,
            LocalDate dateOfBirth, Gender gender, ActivityLevel activityLevel, ZoneId timeZone,
            Visibility profileVisibility, Visibility weightVisibility) {
        this.userId = Objects.requireNonNull(userId);
        this.displayName = displayName;
        this.bio = bio;
        this.units = Objects.requireNonNull(units);
        this.height = height;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.activityLevel = activityLevel;
        this.timeZone = Objects.requireNonNull(timeZone);
        this.profileVisibility = Objects.requireNonNull(profileVisibility);
        this.weightVisibility = Objects.requireNonNull(weightVisibility);
    }

    /** A new user's profile: public profile, private weights, metric units. */
    public static Profile createFor(UserId userId, ZoneId timeZone) {
        return new Profile(userId, null, null, UnitSystem.METRIC, null, null, null, null,
                timeZone == null ? ZoneId.of("UTC") : timeZone, Visibility.PUBLIC, Visibility.PRIVATE);
    }

    public static Profile restore(UserId userId, String displayName, String bio, UnitSystem units, Height height,
            LocalDate dateOfBirth, Gender gender, ActivityLevel activityLevel, ZoneId timeZone,
            Visibility profileVisibility, Visibility weightVisibility) {
        return new Profile(userId, displayName, bio, units, height, dateOfBirth, gender, activityLevel, timeZone,
                profileVisibility, weightVisibility);
    }

    /** Applies the changes; {@code today} is the user's local date, for the age rule. */
    public void apply(ProfileChanges changes, LocalDate today, Instant now) {
        var newDateOfBirth = changes.dateOfBirth().applyTo(dateOfBirth);
        if (changes.dateOfBirth().isPresent() && newDateOfBirth != null
                && newDateOfBirth.plusYears(MINIMUM_AGE).isAfter(today)) {
            throw InvalidInput.of("dateOfBirth",
                    "dateOfBirth must be a date at least " + MINIMUM_AGE + " years ago");
        }
        requireKept("units", changes.units().isPresent() && changes.units().value() == null);
        requireKept("timeZone", changes.timeZone().isPresent() && changes.timeZone().value() == null);
        requireKept("profileVisibility",
                changes.profileVisibility().isPresent() && changes.profileVisibility().value() == null);
        requireKept("weightVisibility",
                changes.weightVisibility().isPresent() && changes.weightVisibility().value() == null);

        displayName = changes.displayName().applyTo(displayName);
        bio = changes.bio().applyTo(bio);
        units = changes.units().applyTo(units);
        height = changes.height().applyTo(height);
        dateOfBirth = newDateOfBirth;
        gender = changes.gender().applyTo(gender);
        activityLevel = changes.activityLevel().applyTo(activityLevel);
        timeZone = changes.timeZone().applyTo(timeZone);
        profileVisibility = changes.profileVisibility().applyTo(profileVisibility);
        weightVisibility = changes.weightVisibility().applyTo(weightVisibility);
        register(new UserProfileChanged(userId, displayName, timeZone, profileVisibility, weightVisibility, now));
    }

    private static void requireKept(String field, boolean cleared) {
        if (cleared) {
            throw InvalidInput.of(field, field + " cannot be cleared");
        }
    }

    /** Whether {@code viewer} may see more than the public card (username, display name). */
    public boolean isVisibleTo(UserId viewer) {
        return profileVisibility.admits(userId, viewer);
    }

    @Override
    public UserId getId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public String bio() {
        return bio;
    }

    public UnitSystem units() {
        return units;
    }

    public Height height() {
        return height;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Gender gender() {
        return gender;
    }

    public ActivityLevel activityLevel() {
        return activityLevel;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Visibility profileVisibility() {
        return profileVisibility;
    }

    public Visibility weightVisibility() {
        return weightVisibility;
    }
}
