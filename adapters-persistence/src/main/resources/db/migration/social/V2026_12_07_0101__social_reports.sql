-- Moderation (FR-4.1.4): reports of posts and comments, and the keyword filter's flags (no reporter),
-- open until a moderator dismisses the item, removes it or restores it.
create table social.reports
(
    id           uuid                     not null primary key,
    content_kind varchar(10)              not null,
    content_id   uuid                     not null,
    post_id      uuid                     not null references social.posts (id) on delete cascade,
    -- set for a report of a comment: it goes with the comment
    comment_id   uuid references social.comments (id) on delete cascade,
    -- reviewed by this team's moderators; null: public content, reviewed by platform moderators
    team_id      uuid,
    author_id    uuid                     not null,
    reporter_id  uuid,
    reason       varchar(500)             not null,
    created_at   timestamp with time zone not null,
    resolved_at  timestamp with time zone,
    resolved_by  uuid,
    -- DISMISSED, REMOVED or RESTORED
    resolution   varchar(10)
);
-- a user reports an item once
create unique index reports_once_key on social.reports (content_kind, content_id, reporter_id);
-- the review queues: the open reports of one team, or of public content, oldest first
-- [jooq ignore start]
create index reports_open_team_idx on social.reports (team_id, created_at) where resolved_at is null;
create index reports_open_public_idx on social.reports (created_at) where resolved_at is null and team_id is null;
-- [jooq ignore stop]
create index reports_content_idx on social.reports (content_id);
create index reports_reporter_idx on social.reports (reporter_id);
