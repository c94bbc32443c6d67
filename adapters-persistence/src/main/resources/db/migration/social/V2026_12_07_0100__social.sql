-- Social: posts, likes, comments, blocks. Users are referred to by id only (identity owns accounts);
-- social hides an author's content while their deletion is pending and forgets it when they are purged.
create schema if not exists social;

create table social.posts
(
    id                uuid                     not null primary key,
    author_id         uuid                     not null,
    type              varchar(20)              not null,
    title             varchar(100),
    content           varchar(5000)            not null,
    -- normalised (lower case, no '#'), at most 10
    tags              text[]                   not null,
    visibility        varchar(10)              not null,
    team_id           uuid,
    -- at most 5, in upload order; each is the blob post-images/<post id>/<image id>. The guarded
    -- "cardinality(image_ids) < 5" append is what lets only five of many racing uploads in
    image_ids         uuid[]                   not null default '{}',
    milestone_percent numeric(7, 2),
    -- null for an author whose weights were private when posting: never stored, so never shown
    milestone_lost_kg numeric(7, 1),
    -- VISIBLE, HELD (auto-flagged, waiting for review), REMOVED (by a moderator, can be restored)
    status            varchar(10)              not null,
    -- the author's account is pending deletion: out of every view until they come back
    author_hidden     boolean                  not null default false,
    -- kept in the liking and commenting statements, never counted per read
    like_count        integer                  not null default 0,
    comment_count     integer                  not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    moderated_at      timestamp with time zone,
    moderated_by      uuid,
    constraint posts_team_check check ((visibility = 'TEAM') = (team_id is not null)),
    constraint posts_counts_check check (like_count >= 0 and comment_count >= 0),
    constraint posts_images_check check (cardinality(image_ids) <= 5)
);
-- Every feed page is one backward keyset scan of one of these, newest first: (created_at, id) is the
-- cursor. Partial on what a feed shows, so removed, held and hidden posts cost nothing.
-- [jooq ignore start]
create index posts_public_feed_idx on social.posts (created_at desc, id desc)
    where visibility = 'PUBLIC' and status = 'VISIBLE' and not author_hidden;
create index posts_team_feed_idx on social.posts (team_id, created_at desc, id desc)
    where visibility = 'TEAM' and status = 'VISIBLE' and not author_hidden;
create index posts_tags_idx on social.posts using gin (tags);
-- [jooq ignore stop]
-- "mine", an author's posts, hiding and forgetting an author
create index posts_author_idx on social.posts (author_id, created_at desc, id desc);

create table social.likes
(
    post_id    uuid                     not null references social.posts (id) on delete cascade,
    user_id    uuid                     not null,
    created_at timestamp with time zone not null,
    -- a like exists once: a second (also a concurrent one) inserts nothing
    primary key (post_id, user_id)
);
-- "did I like these", and forgetting a purged user's likes
create index likes_user_idx on social.likes (user_id, post_id);

create table social.comments
(
    id            uuid                     not null primary key,
    post_id       uuid                     not null references social.posts (id) on delete cascade,
    author_id     uuid                     not null,
    parent_id     uuid references social.comments (id) on delete cascade,
    depth         smallint                 not null,
    content       varchar(2000)            not null,
    status        varchar(10)              not null,
    author_hidden boolean                  not null default false,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    moderated_at  timestamp with time zone,
    moderated_by  uuid,
    constraint comments_depth_check check (depth between 1 and 3)
);
create index comments_post_idx on social.comments (post_id, created_at, id);
create index comments_parent_idx on social.comments (parent_id);
create index comments_author_idx on social.comments (author_id);

create table social.blocks
(
    blocker_id uuid                     not null,
    blocked_id uuid                     not null,
    created_at timestamp with time zone not null,
    primary key (blocker_id, blocked_id)
);
create index blocks_blocked_idx on social.blocks (blocked_id, blocker_id);
