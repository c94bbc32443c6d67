-- Spring Modulith's JDBC event publication registry (schema v2): the transactional outbox.
-- Every event published inside a transaction is stored here with the change and delivered to
-- each listener after commit; incomplete publications are retried on restart.
-- Not part of any context's jOOQ model, so the DDL parser skips it.
-- [jooq ignore start]
create schema if not exists platform;

create table platform.event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

create table platform.event_publication_archive
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on platform.event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on platform.event_publication_archive (completion_date);
-- [jooq ignore stop]
