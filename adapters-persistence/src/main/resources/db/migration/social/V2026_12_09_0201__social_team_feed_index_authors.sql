-- A team feed page reads the newest posts of each of the reader's teams from this index alone: the
-- id and time are its keys, the author (for the reader's blocks) is carried along, so the per-team
-- scans touch no table rows; only the page's 20 rows are read, by primary key (ADR 20).
-- [jooq ignore start]
drop index social.posts_team_feed_idx;
create index posts_team_feed_idx on social.posts (team_id, created_at desc, id desc) include (author_id)
    where visibility = 'TEAM' and status = 'VISIBLE' and not author_hidden;
-- [jooq ignore stop]
