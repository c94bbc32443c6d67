-- Messaging: conversations, their participants with receipts, messages. Users and teams are
-- referred to by id only (identity and teams own them).
create schema if not exists messaging;

create table messaging.conversations
(
    id              uuid                     not null primary key,
    kind            varchar(10)              not null,
    name            varchar(100),
    avatar_key      varchar(200),
    owner_id        uuid,
    -- a team chat's team: one chat per team
    team_id         uuid,
    -- a direct conversation's pair ("<smaller id>:<larger id>"): one conversation per pair, whoever
    -- starts it, also when both do at once (insert … on conflict do nothing)
    direct_key      varchar(73),
    -- the seq of the last message; sending increments it under the row's lock, so the messages of a
    -- conversation commit in seq order and a reader "after" a seq never misses one committed later
    last_seq        bigint                   not null,
    last_message_at timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint conversations_direct_key unique (direct_key),
    constraint conversations_team_key unique (team_id)
);

create table messaging.participants
(
    conversation_id uuid                     not null references messaging.conversations (id) on delete cascade,
    user_id         uuid                     not null,
    joined_at       timestamp with time zone not null,
    -- receipts: every message up to this seq reached a client of theirs / was read by them
    delivered_seq   bigint                   not null,
    read_seq        bigint                   not null,
    primary key (conversation_id, user_id)
);
-- "my conversations", unread totals
create index participants_user_idx on messaging.participants (user_id, conversation_id);

create table messaging.messages
(
    id              uuid                     not null primary key,
    conversation_id uuid                     not null references messaging.conversations (id) on delete cascade,
    seq             bigint                   not null,
    sender_id       uuid                     not null,
    body            varchar(5000),
    image_key       varchar(200),
    -- the sender's idempotency key: a retried send finds the message its first try made
    client_key      varchar(64),
    sent_at         timestamp with time zone not null,
    edited_at       timestamp with time zone,
    deleted_at      timestamp with time zone,
    -- pages by cursor and unread counts walk this index
    constraint messages_seq_key unique (conversation_id, seq),
    constraint messages_client_key unique (sender_id, client_key)
);
-- search in one's own history: PostgreSQL full-text search over the text, in no particular language
-- [jooq ignore start]
create index messages_body_search_idx on messaging.messages using gin (to_tsvector('simple', coalesce(body, '')));
-- [jooq ignore stop]

-- messages a user deleted for themselves only
create table messaging.hidden_messages
(
    user_id    uuid not null,
    message_id uuid not null references messaging.messages (id) on delete cascade,
    primary key (user_id, message_id)
);
