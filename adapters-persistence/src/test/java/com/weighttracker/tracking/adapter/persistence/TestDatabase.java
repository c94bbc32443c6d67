package com.weighttracker.tracking.adapter.persistence;

import org.jooq.DSLContext;

import com.weighttracker.platform.adapter.persistence.PersistenceTestDatabase;

/** The shared embedded PostgreSQL ({@link PersistenceTestDatabase}), and how tracking's tests empty their tables. */
final class TestDatabase {

    private TestDatabase() {
    }

    static DSLContext dsl() {
        return PersistenceTestDatabase.dsl();
    }

    /** Empties every tracking table. */
    static void clean() {
        dsl().execute("truncate table tracking.weight_entries, tracking.entry_tallies, tracking.goals");
    }
}
