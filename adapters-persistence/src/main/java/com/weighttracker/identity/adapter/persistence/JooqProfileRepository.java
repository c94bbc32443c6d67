package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.PROFILES;

import java.time.ZoneId;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.adapter.persistence.schema.tables.records.ProfilesRecord;
import com.weighttracker.identity.application.port.out.ProfileRepository;
import com.weighttracker.identity.domain.ActivityLevel;
import com.weighttracker.identity.domain.Gender;
import com.weighttracker.identity.domain.Height;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.identity.domain.UnitSystem;
import com.weighttracker.shared.UserId;

@Repository
class JooqProfileRepository implements ProfileRepository {

    private final DSLContext dsl;

    JooqProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Profile> findById(UserId id) {
        return dsl.selectFrom(PROFILES).where(PROFILES.USER_ID.eq(id.value()))
                .fetchOptional(JooqProfileRepository::toProfile);
    }

    @Override
    public void add(Profile profile) {
        dsl.insertInto(PROFILES).set(toRecord(profile)).execute();
    }

    @Override
    public void update(Profile profile) {
        var row = toRecord(profile);
        row.changed(PROFILES.USER_ID, false);
        dsl.update(PROFILES).set(row).where(PROFILES.USER_ID.eq(profile.getId().value())).execute();
    }

    private ProfilesRecord toRecord(Profile profile) {
        var row = dsl.newRecord(PROFILES);
        row.setUserId(profile.getId().value());
        row.setDisplayName(profile.displayName());
        row.setBio(profile.bio());
        row.setUnits(profile.units().name());
        row.setHeightCm(profile.height() == null ? null : profile.height().centimetres());
        row.setDateOfBirth(profile.dateOfBirth());
        row.setGender(nameOf(profile.gender()));
        row.setActivityLevel(nameOf(profile.activityLevel()));
        row.setTimeZone(profile.timeZone().getId());
        row.setProfileVisibility(profile.profileVisibility().name());
        row.setWeightVisibility(profile.weightVisibility().name());
        // write every column, nulls included: a cleared field must be cleared in the table too
        row.changed(true);
        return row;
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Profile toProfile(ProfilesRecord row) {
        return Profile.restore(new UserId(row.getUserId()), row.getDisplayName(), row.getBio(),
                UnitSystem.valueOf(row.getUnits()), row.getHeightCm() == null ? null : new Height(row.getHeightCm()),
                row.getDateOfBirth(), row.getGender() == null ? null : Gender.valueOf(row.getGender()),
                row.getActivityLevel() == null ? null : ActivityLevel.valueOf(row.getActivityLevel()),
                ZoneId.of(row.getTimeZone()), Visibility.valueOf(row.getProfileVisibility()),
                Visibility.valueOf(row.getWeightVisibility()));
    }
}
