-- Tracking: weigh-ins and goals. Users are referred to by id only (identity owns accounts);
-- tracking forgets a user when identity publishes UserPurged.
create schema if not exists tracking;

create table tracking.weight_entries
(
    id                  uuid                     not null primary key,
    user_id             uuid                     not null,
    -- kilograms with ten decimals: lb and st+lb entries (two decimals) convert exactly
    weight_kg           numeric(16, 10)          not null,
    entered_unit        varchar(2)               not null,
    recorded_at         timestamp with time zone not null,
    notes               varchar(1000),
    body_fat_percentage numeric(5, 2),
    muscle_mass_kg      numeric(16, 10),
    water_percentage    numeric(5, 2),
    source              varchar(40)              not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint                   not null,
    -- the same mass at the same instant is the same weigh-in: imports stay idempotent
    constraint weight_entries_identity_key unique (user_id, recorded_at, weight_kg)
);
-- the list, history and latest queries: one user's entries by time
create index weight_entries_user_recorded_idx on tracking.weight_entries (user_id, recorded_at desc, id desc);

create table tracking.goals
(
    user_id     uuid                     not null primary key,
    target_kg   numeric(16, 10)          not null,
    unit        varchar(2)               not null,
    target_date date,
    start_kg    numeric(16, 10),
    set_at      timestamp with time zone not null,
    reached_at  timestamp with time zone
);
