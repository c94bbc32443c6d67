-- Tracking: photos of weigh-ins (FR-2.1). The bytes live in blob storage under blob_key; this is
-- what we know about them. No foreign keys: users are identity's (referred to by id only), and a
-- deleted weigh-in's photos are removed by a listener of WeightEntryDeleted (through the outbox),
-- which needs their rows to find the blobs. Until then no request reaches them: every photo
-- request starts from the weigh-in.
create table tracking.entry_photos
(
    id           uuid                     not null primary key,
    entry_id     uuid                     not null,
    user_id      uuid                     not null,
    blob_key     varchar(512)             not null,
    -- decided from the file's magic bytes: image/jpeg, image/png or image/webp
    content_type varchar(100)             not null,
    size_bytes   bigint                   not null,
    -- as the image header states them; null when it did not say
    width        integer,
    height       integer,
    created_at   timestamp with time zone not null,
    -- one blob is never shared by two photos (deleting one must not take the other's bytes)
    constraint entry_photos_blob_key_key unique (blob_key)
);
-- an entry's photos, oldest first (list, count, lookups by entry)
create index entry_photos_entry_idx on tracking.entry_photos (entry_id, created_at, id);
-- a purged user's photos
create index entry_photos_user_idx on tracking.entry_photos (user_id);
