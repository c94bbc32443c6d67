#!/usr/bin/env bash
# run.sh on a shared benchmark database, leaving it as it was found (docs/performance.md, challenges):
# starts the database unless one answers, snapshots what the POST step's consumers change (challenge
# participants' trends and streaks, completions, points, goals reached, pending mail), runs run.sh
# with the given VAR=value arguments, then deletes what the run added after the snapshot
# (achievements, points ledger, inbox, mail, event publications) and restores the rest; stops the
# database it started. admin cleanup (inside run.sh) still deletes the weigh-ins.
#   benchmarks/restoring-run.sh STEPS="challenge-leaderboard post" SKIP_BUILD=1 PLANS=0 FEED_PROBES=0
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
for assignment in "$@"; do export "${assignment?}"; done # VAR=value: for this script and run.sh alike
: "${BENCH_DB_DIR:=$PWD/benchmarks/target/bench-db}"
: "${BENCH_DB_PORT:=54329}"
export BENCH_DB_DIR BENCH_DB_PORT
export PGPASSWORD=postgres
PSQL="psql -h localhost -p $BENCH_DB_PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -q"
DBLOG=benchmarks/target/restoring-run-database.log
DB_PID=""
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
stop_db() {
  [[ -n "$DB_PID" ]] || return 0
  echo "[restoring-run] stopping the database (pid $DB_PID)"
  kill -TERM "$DB_PID" 2>/dev/null || true
  for i in $(seq 1 240); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
  local pm; pm="$(head -1 "$BENCH_DB_DIR/postmaster.pid" 2>/dev/null || true)"
  for i in $(seq 1 240); do [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
  DB_PID=""
}
trap stop_db EXIT
if port_open $BENCH_DB_PORT; then
  echo "[restoring-run] a database already answers on $BENCH_DB_PORT: using it, not stopping it"
else
  rm -f "$DBLOG"
  java -Dloader.main=com.weighttracker.benchmarks.BenchmarkDatabase -jar benchmarks/target/benchmarks.jar >"$DBLOG" 2>&1 &
  DB_PID=$!
  for i in $(seq 1 1200); do grep -q '^READY' "$DBLOG" 2>/dev/null && break; kill -0 $DB_PID || { tail -20 "$DBLOG"; exit 1; }; sleep 0.5; done
  grep -q '^READY' "$DBLOG" || { echo "database not ready"; exit 1; }
fi
echo "[restoring-run] snapshot"
$PSQL <<'SQL'
drop schema if exists bench_snapshot cascade;
create schema bench_snapshot;
create table bench_snapshot.t0 as select now() as at;
create table bench_snapshot.load_users as select id from identity.accounts where email like 'bench-load-%@bench.example';
create table bench_snapshot.challenges as select c.* from challenges.challenges c
  where c.id in (select challenge_id from challenges.participants where user_id in (select id from bench_snapshot.load_users));
create table bench_snapshot.participants as select p.* from challenges.participants p
  where p.challenge_id in (select id from bench_snapshot.challenges);
create table bench_snapshot.points as select * from gamification.points;
create table bench_snapshot.pending_mail as select id, attempts, last_error, done_at, not_before from notifications.mail_queue where done_at is null;
create table bench_snapshot.goals as select g.* from tracking.goals g where g.user_id in (select id from bench_snapshot.load_users);
select (select count(*) from bench_snapshot.challenges) challenges, (select count(*) from bench_snapshot.participants) participants,
  (select count(*) from bench_snapshot.challenges where completed_at is not null) completed,
  (select count(*) from bench_snapshot.points) points, (select count(*) from platform.event_publication where completion_date is null) outstanding,
  (select count(*) from bench_snapshot.pending_mail) pending_mail,
  (select count(*) from notifications.preferences where next_daily_reminder < now() + interval '1 hour' or next_summary < now() + interval '1 hour' or next_check_in < now() + interval '1 hour') due_soon;
SQL
set +e
benchmarks/run.sh
status=$?
set -e
echo "[restoring-run] run.sh exited $status; restoring"
$PSQL <<'SQL'
\echo what the run left (after t0):
select (select count(*) from gamification.achievements where unlocked_at > (select at from bench_snapshot.t0)) achievements,
  (select count(*) from gamification.points_ledger where earned_at > (select at from bench_snapshot.t0)) ledger,
  (select count(*) from notifications.inbox where created_at > (select at from bench_snapshot.t0)) inbox,
  (select count(*) from notifications.mail_queue where created_at > (select at from bench_snapshot.t0)) mail,
  (select count(*) from platform.event_publication where publication_date > (select at from bench_snapshot.t0)) publications,
  (select count(*) from platform.event_publication where publication_date > (select at from bench_snapshot.t0) and completion_date is null) outstanding,
  (select count(*) from challenges.challenges c join bench_snapshot.challenges s using (id) where c.completed_at is distinct from s.completed_at) completed_in_run,
  (select count(*) from tracking.weight_entries e where e.user_id in (select id from bench_snapshot.load_users) and e.created_at > (select at from bench_snapshot.t0)) weigh_ins_left;
begin;
delete from gamification.achievements where unlocked_at > (select at from bench_snapshot.t0);
delete from gamification.points_ledger where earned_at > (select at from bench_snapshot.t0);
delete from gamification.points;
insert into gamification.points select * from bench_snapshot.points;
delete from notifications.inbox where created_at > (select at from bench_snapshot.t0);
delete from notifications.mail_queue where created_at > (select at from bench_snapshot.t0);
delete from platform.event_publication where publication_date > (select at from bench_snapshot.t0);
update challenges.challenges c set completed_at = s.completed_at, winners = s.winners, updated_at = s.updated_at
  from bench_snapshot.challenges s where c.id = s.id and (c.completed_at is distinct from s.completed_at or c.winners <> s.winners);
update challenges.participants p set baseline_kg = s.baseline_kg, trend_kg = s.trend_kg, best_streak = s.best_streak, reached_at = s.reached_at
  from bench_snapshot.participants s where p.challenge_id = s.challenge_id and p.user_id = s.user_id
  and (p.baseline_kg is distinct from s.baseline_kg or p.trend_kg is distinct from s.trend_kg or p.best_streak <> s.best_streak or p.reached_at is distinct from s.reached_at);
update notifications.mail_queue m set attempts = s.attempts, last_error = s.last_error, done_at = s.done_at, not_before = s.not_before
  from bench_snapshot.pending_mail s where m.id = s.id and m.done_at is not null;
update tracking.goals g set reached_at = s.reached_at from bench_snapshot.goals s where g.user_id = s.user_id and g.reached_at is distinct from s.reached_at;
commit;
\echo after the restore:
select (select count(*) from gamification.achievements where unlocked_at > (select at from bench_snapshot.t0)) achievements,
  (select count(*) from notifications.inbox where created_at > (select at from bench_snapshot.t0)) inbox,
  (select count(*) from challenges.participants p join bench_snapshot.participants s using (challenge_id, user_id) where p.trend_kg is distinct from s.trend_kg or p.best_streak <> s.best_streak) participants_differing,
  (select count(*) from platform.event_publication where completion_date is null) outstanding;
drop schema bench_snapshot cascade;
SQL
exit $status
