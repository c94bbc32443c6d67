-- Where each change-feed consumer is (ADR 16): advanced in the transaction that applies a batch.
create table platform.feed_positions (
    consumer varchar(100) primary key,
    transaction_id bigint not null,
    subject uuid not null,
    updated_at timestamp with time zone not null
);

-- What the probe consumers saw (weighttracker.feeds.probe-consumers: the benchmark's stand-ins for
-- challenges, achievements and notifications, and the feed's tests): the latest revision per subject.
create table platform.feed_probe_state (
    consumer varchar(100) not null,
    subject uuid not null,
    revision bigint not null,
    primary key (consumer, subject)
);
