-- Gamification: what social announced that counts toward the two social achievements, each act once
-- (a post published, a like of a tip by one user). The primary key makes a redelivered event a no-op,
-- so the count behind "10 posts" and "10 likes on tips" never counts one act twice.
create table gamification.social_acts
(
    user_id  uuid                     not null,
    -- 'POST' (subject: the post's id) or 'TIP_LIKE' (subject: '<post id>:<liker id>')
    kind     varchar(16)              not null,
    subject  varchar(80)              not null,
    acted_at timestamp with time zone not null,
    primary key (user_id, kind, subject)
);
