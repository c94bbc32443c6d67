-- Statistics, charts and team leaderboards read whole histories: with the masses in the index,
-- PostgreSQL answers them from the index alone instead of one heap page per weigh-in (a user's
-- rows are scattered over the table). Same key, so the list keeps its plan (docs/performance.md).
-- Building it reads the whole table: longer than the 5 s every application connection allows a
-- statement (NFR-1.3), so this transaction lifts that limit for itself.
-- [jooq ignore start]
set local statement_timeout = 0;
-- [jooq ignore stop]
drop index tracking.weight_entries_user_recorded_idx;
create index weight_entries_user_recorded_idx on tracking.weight_entries (user_id, recorded_at desc, id desc)
    include (weight_kg, body_fat_percentage, muscle_mass_kg, water_percentage);
