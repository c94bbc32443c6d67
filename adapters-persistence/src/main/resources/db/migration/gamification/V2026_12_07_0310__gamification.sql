-- Gamification: achievements unlocked and the points ledger. Each achievement is unlocked once per
-- user and each source of points (an achievement, a challenge won) pays once: the primary keys decide
-- that, so a redelivered event or a feed batch that comes again changes nothing.
create schema if not exists gamification;

create table gamification.achievements
(
    user_id     uuid                     not null,
    achievement varchar(40)              not null,
    unlocked_at timestamp with time zone not null,
    primary key (user_id, achievement)
);

create table gamification.points_ledger
(
    user_id   uuid                     not null,
    -- what paid: 'achievement:FIRST_WEIGH_IN', 'challenge:<id>'
    source    varchar(80)              not null,
    points    integer                  not null,
    earned_at timestamp with time zone not null,
    primary key (user_id, source),
    constraint points_ledger_points_check check (points >= 0)
);

-- each user's total, kept with the ledger in the same statement's transaction, for the leaderboards
create table gamification.points
(
    user_id uuid    not null primary key,
    points  integer not null
);
create index points_rank_idx on gamification.points (points desc, user_id);
