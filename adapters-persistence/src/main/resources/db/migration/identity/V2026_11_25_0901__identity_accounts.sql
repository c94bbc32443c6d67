-- Identity: accounts, profiles, refresh tokens (sessions) and e-mailed one-time tokens.
create schema if not exists identity;

create table identity.accounts
(
    id                    uuid         not null primary key,
    email                 varchar(254) not null,
    username              varchar(20)  not null,
    -- bcrypt hashes, newest (the current password) first; at most three are kept
    password_hashes       varchar(100)[] not null,
    created_at            timestamp with time zone not null,
    email_verified_at     timestamp with time zone,
    deletion_requested_at timestamp with time zone,
    version               bigint       not null,
    constraint accounts_email_key unique (email)
);
-- e-mails are stored lower-cased; usernames keep their case but are unique regardless of it
-- [jooq ignore start]
create unique index accounts_username_key on identity.accounts (lower(username));
create index accounts_deletion_requested_idx on identity.accounts (deletion_requested_at)
    where deletion_requested_at is not null;
-- [jooq ignore stop]

create table identity.profiles
(
    user_id            uuid         not null primary key references identity.accounts (id) on delete cascade,
    display_name       varchar(50),
    bio                varchar(500),
    units              varchar(10)  not null,
    height_cm          numeric(4, 1),
    date_of_birth      date,
    gender             varchar(20),
    activity_level     varchar(20),
    time_zone          varchar(64)  not null,
    profile_visibility varchar(10)  not null,
    weight_visibility  varchar(10)  not null
);

-- Only SHA-256 digests of the opaque tokens are stored.
create table identity.refresh_tokens
(
    digest      char(64)                 not null primary key,
    user_id     uuid                     not null references identity.accounts (id) on delete cascade,
    family_id   uuid                     not null,
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    consumed_at timestamp with time zone,
    revoked_at  timestamp with time zone
);
create index refresh_tokens_family_idx on identity.refresh_tokens (family_id);
create index refresh_tokens_user_idx on identity.refresh_tokens (user_id);

create table identity.one_time_tokens
(
    digest     char(64)                 not null primary key,
    user_id    uuid                     not null references identity.accounts (id) on delete cascade,
    purpose    varchar(20)              not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index one_time_tokens_user_idx on identity.one_time_tokens (user_id, purpose);
