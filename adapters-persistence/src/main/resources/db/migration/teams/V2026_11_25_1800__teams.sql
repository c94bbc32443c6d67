-- Teams: teams, their members with roles, invite codes and join requests. Users are referred to by
-- id only (identity owns accounts); teams forget a user when identity publishes UserPurged.
create schema if not exists teams;

create table teams.teams
(
    id           uuid                     not null primary key,
    name         varchar(50)              not null,
    description  varchar(500),
    visibility   varchar(10)              not null,
    member_limit integer                  not null,
    -- kept in step with teams.members inside the joining transaction: the guarded
    -- "member_count < member_limit" update is what lets exactly one of two racing joins win
    member_count integer                  not null,
    avatar_key   varchar(200),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint                   not null,
    constraint teams_member_limit_check check (member_limit between 1 and 200),
    constraint teams_member_count_check check (member_count between 0 and member_limit)
);
-- names are unique regardless of case
-- [jooq ignore start]
create unique index teams_name_key on teams.teams (lower(name));
-- [jooq ignore stop]

create table teams.members
(
    team_id   uuid                     not null references teams.teams (id) on delete cascade,
    user_id   uuid                     not null,
    role      varchar(10)              not null,
    joined_at timestamp with time zone not null,
    primary key (team_id, user_id)
);
-- "my teams", and forgetting a purged user
create index members_user_idx on teams.members (user_id);

create table teams.invite_codes
(
    code       varchar(32)              not null primary key,
    team_id    uuid                     not null references teams.teams (id) on delete cascade,
    created_by uuid                     not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    max_uses   integer,
    uses       integer                  not null,
    revoked_at timestamp with time zone
);
create index invite_codes_team_idx on teams.invite_codes (team_id);

create table teams.join_requests
(
    id         uuid                     not null primary key,
    team_id    uuid                     not null references teams.teams (id) on delete cascade,
    user_id    uuid                     not null,
    message    varchar(500),
    status     varchar(10)              not null,
    created_at timestamp with time zone not null,
    decided_at timestamp with time zone,
    decided_by uuid
);
-- one open request per user and team
-- [jooq ignore start]
create unique index join_requests_pending_key on teams.join_requests (team_id, user_id) where status = 'PENDING';
-- [jooq ignore stop]
create index join_requests_team_idx on teams.join_requests (team_id, status, created_at);
