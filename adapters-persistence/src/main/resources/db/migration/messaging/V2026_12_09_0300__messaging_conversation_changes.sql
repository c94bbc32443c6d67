-- The conversations' change feed (messaging.ConversationChanges, ADR 16/23): a send notes its
-- transaction's id on the conversation row it updates anyway (last_seq), so notifications follows
-- new messages from a feed instead of one outbox publication per message. 0: no message since.
alter table messaging.conversations add column changed_in bigint not null default 0;
create index conversations_changed_idx on messaging.conversations (changed_in, id);

-- MessageSent is gone (its one consumer follows the feed): publications of it still open from
-- before could not be read back at start-up. Their notices are skipped, as for a consumer that
-- starts at "now".
-- [jooq ignore start]
update platform.event_publication set completion_date = now(), status = 'COMPLETED'
where event_type = 'com.weighttracker.messaging.MessageSent' and completion_date is null;
-- [jooq ignore stop]
