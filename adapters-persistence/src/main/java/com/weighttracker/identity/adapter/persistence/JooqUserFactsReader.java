package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.ACCOUNTS;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.PROFILES;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.USER_AVATARS;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.identity.domain.UnitSystem;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/**
 * Accounts joined with their profiles (and avatars, if any) by primary key, only the columns {@link UserFacts} holds;
 * accounts pending deletion ({@code Account.isPendingDeletion()}) are filtered out in SQL. A batch
 * binds its ids as one array ({@code = any(?)}), so every batch size is the same statement.
 */
@Repository
class JooqUserFactsReader implements UserFactsReader {

    private final DSLContext dsl;

    JooqUserFactsReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<UserFacts> find(UserId userId) {
        return select(ACCOUNTS.ID.eq(userId.value())).fetchOptional(Records.mapping(UserFacts::new));
    }

    @Override
    public Map<UserId, UserFacts> findAll(Collection<UserId> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        var ids = userIds.stream().map(UserId::value).toArray(UUID[]::new);
        return select(ACCOUNTS.ID.eq(DSL.any(ids))).fetch(Records.mapping(UserFacts::new)).stream()
                .collect(Collectors.toMap(UserFacts::userId, Function.identity()));
    }

    @Override
    public Map<UserId, String> verifiedAddresses(Collection<UserId> userIds) {
        var ids = userIds.stream().map(UserId::value).toArray(UUID[]::new);
        return dsl.select(ACCOUNTS.ID, ACCOUNTS.EMAIL)
                .from(ACCOUNTS)
                .where(ACCOUNTS.ID.eq(DSL.any(ids)))
                .and(ACCOUNTS.EMAIL_VERIFIED_AT.isNotNull())
                .and(ACCOUNTS.DELETION_REQUESTED_AT.isNull())
                .fetchMap(row -> new UserId(row.value1()), row -> row.value2());
    }

    private SelectConditionStep<Record9<UserId, String, String, MassUnit, ZoneId, BigDecimal, Visibility, Visibility,
            Boolean>> select(Condition accounts) {
        return dsl.select(ACCOUNTS.ID.convertFrom(UserId::new), ACCOUNTS.USERNAME, PROFILES.DISPLAY_NAME,
                        PROFILES.UNITS.convertFrom(units -> UnitSystem.valueOf(units).massUnit()),
                        PROFILES.TIME_ZONE.convertFrom(ZoneId::of), PROFILES.HEIGHT_CM,
                        PROFILES.WEIGHT_VISIBILITY.convertFrom(Visibility::valueOf),
                        PROFILES.PROFILE_VISIBILITY.convertFrom(Visibility::valueOf),
                        DSL.field(USER_AVATARS.USER_ID.isNotNull()))
                .from(ACCOUNTS)
                .join(PROFILES).on(PROFILES.USER_ID.eq(ACCOUNTS.ID))
                .leftJoin(USER_AVATARS).on(USER_AVATARS.USER_ID.eq(ACCOUNTS.ID))
                .where(accounts)
                .and(ACCOUNTS.DELETION_REQUESTED_AT.isNull());
    }
}
