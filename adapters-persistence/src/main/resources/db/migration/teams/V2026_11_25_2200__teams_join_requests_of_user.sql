-- A requester sees their own join requests, newest first (GET /v1/users/me/join-requests), and may
-- withdraw a pending one. A withdrawn request is kept with status 'WITHDRAWN' (fits varchar(10));
-- join_requests_pending_key covers only 'PENDING' rows, so one pending request per user and team
-- still holds and a user who withdrew may ask again.
-- Backs that list (read backwards) and forgetting a purged user's requests.
create index join_requests_user_idx on teams.join_requests (user_id, created_at, id);
