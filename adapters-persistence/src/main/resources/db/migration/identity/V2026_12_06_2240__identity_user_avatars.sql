-- Identity: users' avatars. The image is in blob storage (ADR 10) under blob_key, one row per user
-- who has one. No foreign key to accounts on purpose: a purged account's row stays until the
-- UserPurged reaction has deleted the blob, then the row (blob first, so a retry finishes the job).
create table identity.user_avatars
(
    user_id    uuid                     not null primary key,
    blob_key   varchar(512)             not null,
    changed_at timestamp with time zone not null
);
