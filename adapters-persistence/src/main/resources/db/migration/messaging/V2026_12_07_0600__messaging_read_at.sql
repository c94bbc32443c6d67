-- When the participant's read marker last moved: they were active in the conversation then, and
-- are not notified of new messages for a short while (messaging.MessageRecipients). Null: never.
alter table messaging.participants add column read_at timestamp with time zone;
