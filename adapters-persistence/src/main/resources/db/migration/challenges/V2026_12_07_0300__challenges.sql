-- Challenges: challenges and their participants. Users and teams are referred to by id only
-- (identity and teams own them); weigh-ins are read through tracking's published queries.
create schema if not exists challenges;

create table challenges.challenges
(
    id            uuid                     not null primary key,
    name          varchar(100)             not null,
    description   varchar(1000),
    type          varchar(30)              not null,
    start_date    date                     not null,
    end_date      date                     not null,
    -- percent, kilograms or days by type
    target        numeric(8, 2)            not null,
    reward_points integer                  not null,
    handicap      boolean                  not null,
    team_id       uuid,
    created_by    uuid                     not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    completed_at  timestamp with time zone,
    winners       uuid[]                   not null,
    constraint challenges_reward_points_check check (reward_points between 0 and 10000)
);
-- [jooq ignore start]
alter table challenges.challenges
    add constraint challenges_period_check check (end_date > start_date and end_date - start_date <= 365);
-- [jooq ignore stop]
-- browsing: public or of the viewer's teams, by status and start
create index challenges_running_idx on challenges.challenges (start_date) where completed_at is null;
create index challenges_completed_idx on challenges.challenges (completed_at) where completed_at is not null;
create index challenges_team_idx on challenges.challenges (team_id) where team_id is not null;
-- the end-of-challenge job
create index challenges_end_idx on challenges.challenges (end_date) where completed_at is null;

create table challenges.participants
(
    challenge_id uuid                     not null references challenges.challenges (id) on delete cascade,
    user_id      uuid                     not null,
    joined_at    timestamp with time zone not null,
    -- the trend at the start and the latest trend, in kilograms; null until the feed saw them
    baseline_kg  double precision,
    trend_kg     double precision,
    best_streak  integer                  not null,
    reached_at   timestamp with time zone,
    primary key (challenge_id, user_id)
);
-- the weigh-in feed asks for the changed users' participations
create index participants_user_idx on challenges.participants (user_id);
