package com.weighttracker.identity.adapter.persistence;

import javax.sql.DataSource;

import org.jooq.DSLContext;

import com.weighttracker.platform.adapter.persistence.PersistenceTestDatabase;

/** The shared embedded PostgreSQL ({@link PersistenceTestDatabase}), and how identity's tests empty their tables. */
final class TestDatabase {

    private TestDatabase() {
    }

    static DSLContext dsl() {
        return PersistenceTestDatabase.dsl();
    }

    static DataSource dataSource() {
        return PersistenceTestDatabase.dataSource();
    }

    /** Empties every identity table (profiles and tokens go with their accounts). */
    static void clean() {
        dsl().execute("truncate table identity.accounts cascade");
    }
}
