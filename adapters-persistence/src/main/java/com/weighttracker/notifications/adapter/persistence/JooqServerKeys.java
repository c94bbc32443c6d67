package com.weighttracker.notifications.adapter.persistence;

import static com.weighttracker.notifications.adapter.persistence.schema.Tables.SERVER_KEYS;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.notifications.application.port.out.ServerKeys;

/** Keys in {@code notifications.server_keys}: the first instance to ask inserts, every other reads the winner's. */
@Repository
class JooqServerKeys implements ServerKeys {

    private final DSLContext dsl;

    JooqServerKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String getOrCreate(String name, Supplier<String> generate) {
        var stored = dsl.select(SERVER_KEYS.VALUE).from(SERVER_KEYS).where(SERVER_KEYS.NAME.eq(name)).fetchOne(SERVER_KEYS.VALUE);
        if (stored != null) {
            return stored;
        }
        dsl.insertInto(SERVER_KEYS).set(SERVER_KEYS.NAME, name).set(SERVER_KEYS.VALUE, generate.get())
                .onConflict(SERVER_KEYS.NAME).doNothing().execute();
        return dsl.select(SERVER_KEYS.VALUE).from(SERVER_KEYS).where(SERVER_KEYS.NAME.eq(name)).fetchSingle(SERVER_KEYS.VALUE);
    }
}
