package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.ACCOUNTS;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.PROFILES;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.USER_AVATARS;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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
    /**
     * Rendered once, bound per request: every feed page and comment thread asks for its authors, and
     * rendering this join cost more than running it (docs/performance.md, social feeds).
     */
    private final String findAllSql;
    private final List<Field<?>> findAllFields;

    JooqUserFactsReader(DSLContext dsl) {
        this.dsl = dsl;
        var findAll = select(ACCOUNTS.ID.eq(DSL.any(DSL.param("ids", SQLDataType.UUID.array()))));
        this.findAllSql = dsl.render(findAll);
        this.findAllFields = List.copyOf(findAll.getSelect());
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
        return dsl.resultQuery(findAllSql, (Object) ids).coerce(findAllFields).fetch(JooqUserFactsReader::facts)
                .stream().collect(Collectors.toMap(UserFacts::userId, Function.identity()));
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

    /** A row of {@link #select}'s fields, by position. */
    private static UserFacts facts(Record row) {
        return new UserFacts((UserId) row.get(0), (String) row.get(1), (String) row.get(2), (MassUnit) row.get(3),
                (ZoneId) row.get(4), (BigDecimal) row.get(5), (Visibility) row.get(6), (Visibility) row.get(7),
                (Boolean) row.get(8));
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
