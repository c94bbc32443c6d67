-- Users who asked to delete their account and may still come back (identity's 30-day grace
-- period): member lists leave them out until they log in again or are purged. Kept from
-- identity's events (UserDeletionRequested, UserReactivated); `since` orders a late duplicate.
create table teams.departing_users
(
    user_id uuid                     not null primary key,
    since   timestamp with time zone not null
);
