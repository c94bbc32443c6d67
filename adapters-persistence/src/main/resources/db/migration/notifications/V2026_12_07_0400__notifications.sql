-- Notifications: the in-app centre, preferences with the next due reminders, Web Push subscriptions,
-- the e-mail queue (the outbox the mail job drains) and the keys the context generates and keeps.
-- Users are referred to by id only; everything here is forgotten when identity publishes UserPurged.
-- Partial indexes are hidden from jOOQ's DDL parser ([jooq ignore]), which cannot keep their predicate;
-- queries name no index, so the generated model does not need them.
create schema if not exists notifications;

create table notifications.inbox
(
    id         uuid                     not null primary key,
    user_id    uuid                     not null,
    category   varchar(20)              not null,
    title      varchar(120)             not null,
    body       varchar(1000)            not null,
    link       varchar(300),
    -- what caused it: a second delivery of the same event finds it and adds nothing
    source_key varchar(200)             not null,
    -- false when the user turned the category off in the app: kept only for the source key
    in_centre  boolean                  not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone,
    constraint inbox_source_key unique (user_id, source_key)
);
-- the centre, newest first, by cursor (created_at, id)
-- [jooq ignore start]
create index inbox_centre_idx on notifications.inbox (user_id, created_at desc, id desc) where in_centre;
-- [jooq ignore stop]
-- the unread count
-- [jooq ignore start]
create index inbox_unread_idx on notifications.inbox (user_id) where in_centre and read_at is null;
-- [jooq ignore stop]
-- clean-up by age
create index inbox_created_idx on notifications.inbox (created_at);

create table notifications.preferences
(
    user_id             uuid        not null primary key,
    -- "CATEGORY:CHANNEL,CATEGORY:CHANNEL,…" of every category (an empty category is listed as "CATEGORY:")
    channels            varchar(500) not null,
    quiet_from          time,
    quiet_to            time,
    daily_reminder_at   time,
    weekly_check_in_on  varchar(9),
    next_daily_reminder timestamp with time zone,
    next_check_in       timestamp with time zone,
    next_summary        timestamp with time zone,
    -- the IANA zone the next_* instants were planned in: a profile change to another zone plans again
    planned_in          varchar(64)
);
-- what is due, for the reminder and summary jobs
-- [jooq ignore start]
create index preferences_daily_idx on notifications.preferences (next_daily_reminder) where next_daily_reminder is not null;
-- [jooq ignore stop]
-- [jooq ignore start]
create index preferences_check_in_idx on notifications.preferences (next_check_in) where next_check_in is not null;
-- [jooq ignore stop]
-- [jooq ignore start]
create index preferences_summary_idx on notifications.preferences (next_summary) where next_summary is not null;
-- [jooq ignore stop]

create table notifications.push_subscriptions
(
    id         uuid                     not null primary key,
    user_id    uuid                     not null,
    endpoint   varchar(1000)            not null,
    p256dh     varchar(100)             not null,
    auth       varchar(50)              not null,
    created_at timestamp with time zone not null,
    constraint push_subscriptions_endpoint unique (endpoint)
);
create index push_subscriptions_user_idx on notifications.push_subscriptions (user_id);

create table notifications.mail_queue
(
    id              uuid                     not null primary key,
    user_id         uuid                     not null,
    subject         varchar(200)             not null,
    html            varchar(65536)           not null,
    text            varchar(65536)           not null,
    unsubscribe_url varchar(1000),
    not_before      timestamp with time zone not null,
    attempts        integer                  not null,
    last_error      varchar(200),
    -- set when sent, or when abandoned (then last_error says why)
    done_at         timestamp with time zone,
    created_at      timestamp with time zone not null
);
-- [jooq ignore start]
create index mail_queue_due_idx on notifications.mail_queue (not_before) where done_at is null;
-- [jooq ignore stop]
-- [jooq ignore start]
create index mail_queue_done_idx on notifications.mail_queue (done_at) where done_at is not null;
-- [jooq ignore stop]
create index mail_queue_user_idx on notifications.mail_queue (user_id);

-- generated once and kept: the VAPID key pair and the secret that signs unsubscribe links
create table notifications.server_keys
(
    name  varchar(50)   not null primary key,
    value varchar(1000) not null
);
