-- How many weigh-ins each user has: the total of an unfiltered list (GET /v1/weight-entries, the
-- busiest read) without counting the user's rows on every page (docs/performance.md). Changed only
-- together with tracking.weight_entries, in the same transaction, by JooqWeightEntryRepository.
-- Filling it reads the whole table: this transaction lifts the 5 s statement limit for itself.
create table tracking.entry_tallies (
    user_id uuid primary key,
    entries integer not null check (entries >= 0)
);
-- [jooq ignore start]
set local statement_timeout = 0;
insert into tracking.entry_tallies (user_id, entries)
select user_id, count(*) from tracking.weight_entries group by user_id;
-- [jooq ignore stop]
