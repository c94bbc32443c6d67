package com.weighttracker.identity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.Violations;

/** A partial update of a profile; every field is validated already, except against today's date. */
public record ProfileChanges(
        Patch<String> displayName,
        Patch<String> bio,
        Patch<UnitSystem> units,
        Patch<Height> height,
        Patch<LocalDate> dateOfBirth,
        Patch<Gender> gender,
        Patch<ActivityLevel> activityLevel,
        Patch<ZoneId> timeZone,
        Patch<Visibility> profileVisibility,
        Patch<Visibility> weightVisibility) {

    public static final int DISPLAY_NAME_MAX = 50;
    public static final int BIO_MAX = 500;
    /** The earliest birth date anyone using the app can have. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** Validates raw values (as sent by a client) and reports every mistake together. */
    public static ProfileChanges of(Patch<String> displayName, Patch<String> bio, Patch<UnitSystem> units,
            Patch<BigDecimal> heightCm, Patch<LocalDate> dateOfBirth, Patch<Gender> gender,
            Patch<ActivityLevel> activityLevel, Patch<String> timeZone, Patch<Visibility> profileVisibility,
            Patch<Visibility> weightVisibility) {
        var violations = new Violations();
        var name = violations.check("displayName", () -> displayName.map(ProfileChanges::displayName));
        var validBio = violations.check("bio", () -> bio.map(text -> Rules.maxLength("bio", text, BIO_MAX)));
        var height = violations.check("heightCm", () -> heightCm.map(Height::new));
        var zone = violations.check("timeZone", () -> timeZone.map(TimeZones::parse));
        violations.check("dateOfBirth", () -> dateOfBirth.map(date -> {
            Rules.check(!date.isBefore(EARLIEST_BIRTH_DATE), "dateOfBirth", "dateOfBirth must be in 1900 or later");
            return date;
        }));
        violations.throwIfAny();
        return new ProfileChanges(name, validBio, units, height, dateOfBirth, gender, activityLevel, zone,
                profileVisibility, weightVisibility);
    }

    private static String displayName(String value) {
        var stripped = value.strip();
        Rules.check(!stripped.isEmpty(), "displayName", "displayName must not be blank");
        Rules.name("displayName", stripped);
        return Rules.maxLength("displayName", stripped, DISPLAY_NAME_MAX);
    }
}
