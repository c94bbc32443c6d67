-- The weigh-in change feed (ADR 16): every change of a user's weigh-ins (add, correct, delete,
-- import) bumps the user's revision and notes the id of the writing transaction
-- (pg_current_xact_id(), as bigint), in the statement that keeps the tally. Consumers in other
-- contexts read the users changed after their last position, up to the oldest transaction still
-- running, through entry_tallies_changes_idx.
alter table tracking.entry_tallies add column revision bigint not null default 0;
alter table tracking.entry_tallies add column changed_in bigint not null default 0;
create index entry_tallies_changes_idx on tracking.entry_tallies (changed_in, user_id);
