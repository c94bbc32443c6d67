#!/usr/bin/env bash
# The Weight Tracker load harness (docs/performance.md).
#
#   benchmarks/run.sh                      # everything: build, database, data (once), apps, wrk, plans
#   DURATION=60s ROUNDS=3 benchmarks/run.sh
#   STEPS="list baseline" SKIP_BUILD=1 benchmarks/run.sh
#
# It installs wrk (and jq, openssl) from Debian when missing, builds the product and the benchmarks
# module, starts the benchmark PostgreSQL unless one already answers on BENCH_DB_PORT, generates
# 100,000 users / 20M weigh-ins unless bench.meta says that was done, starts the product jar and the
# baseline app, logs in the 64 load users and the heavy user, and measures with wrk (THREADS threads,
# CONNECTIONS connections; both apps get PREWARM of load first, and every measured DURATION run
# follows a WARMUP run):
#   list      product  GET /v1/weight-entries?limit=20        (tokens rotating over the 64 load users)
#   baseline  bare MVC GET /baseline/entries?user=<id>        (same 20 rows, same users, no auth/envelope)
#   stats     product  GET /v1/weight-entries/stats           (heavy user; skipped if not 200)
#   chart     product  GET /v1/weight-entries/chart?period=all (heavy user; skipped if not 200)
#             (stats and chart have latency targets: they run at LATENCY_CONNECTIONS, 4, so p95 is the
#             time of a request and not of a queue in front of two saturated cores)
#   post      product  POST /v1/weight-entries                (unique recordedAt per request; runs last)
#   leaderboard-cold  product  GET /v1/teams/{id}/leaderboard?period=week|month|all, each board requested
#             once (its first request computes it; teams 301-1000 x 3 periods, after a warm-up pass over
#             teams 65-300) at LATENCY_CONNECTIONS: p95 counts, rps does not (wrk waits DURATION out)
#   leaderboard       product  the same for the 64 teams owned by the load users (one each), rotating
#             over periods and sortBy, served from the cache (then again at LATENCY_CONNECTIONS as
#             "leaderboard-light", for the warm p95)
#   challenge-leaderboard  product  GET /v1/challenges/{id}/leaderboard, rotating over the running challenges
#             the load users take part in (ChallengeDataGenerator: 10,000 challenges, 200,000 participants;
#             each load user is in 3 of them, 192 in all), each with the token of a load user in it; warm
#             (after the warm-up run), at CONNECTIONS and again at LATENCY_CONNECTIONS ("challenge-leaderboard-light")
#   reminders product's reminder job: every user's daily reminder due at the coming whole minute of their
#             local time (preferences seeded in one insert … select); seconds until all 100,000 were
#             handled (centre entry written, push sent or skipped, next one planned)
#   summary   product's weekly summary job: every user's summary due at the coming minute; seconds until
#             all were rendered and queued as e-mail, and the list endpoint's p95 at LATENCY_CONNECTIONS
#             before (measured like the other steps) and during the summary run (DURATION from the due minute)
#             (neither is in the default STEPS: STEPS="reminders summary"). NOTIFICATION_USERS=n makes only
#             n users due (0: all, 100,000; fewer for a shorter exploratory run); the step reports where the
#             CPU went before and during the job (per thread group of the product, postgres) and the
#             database's statements during it by total time, and cleans up after itself (queued mail, next
#             dates, centre entries). Whether any is still due is probed every 500 ms until the first is
#             handled, then every NOTIFICATIONS_POLL_MS (5000: the probe is a database statement during "during")
#   feed-public  product  GET /v1/posts?scope=public&limit=20, half first pages, half the next two pages
#             (cursors fetched once per load user before measuring; tokens rotating over the load users)
#   feed-team    product  GET /v1/posts?scope=team&limit=20 (all of a load user's teams, or one of them
#             with teamId), first pages and cursors alike
#   feed-baseline  bare MVC GET /baseline/posts?user=<id>&… the same pages (same posts, counts, authors,
#             likedByMe, cursor) as feed-public, then as feed-team ("feed-team-baseline")
#             (feed-public, feed-baseline, feed-team, feed-team-baseline alternate ROUNDS times; then the
#             two feeds again at LATENCY_CONNECTIONS as feed-public-light / feed-team-light, for their p95)
#   like      product  PUT, then DELETE /v1/posts/{id}/like over LIKE_POSTS (50) public posts per load user
#             that they had not liked (each request changes a like and a count; cleanup undoes them)
# The teams (1,000, up to 200 members: TeamDataGenerator) are generated once, after the users, the
# social data set (100,000 posts, 1M likes, 300,000 comments: SocialDataGenerator) and the challenges
# (ChallengeDataGenerator) once after the teams; so the POST step runs with the challenges'
# progress watcher and gamification's awarding attached (each load user's weigh-in moves 3 challenges).
# A shared database migrated by a build without the challenge scripts gets them from the generator,
# outside Flyway's history: then APP_ARGS="--spring.flyway.ignore-migration-patterns=*:ignored".
# list and baseline alternate ROUNDS times, so their ratio compares like with like on a noisy machine;
# each step reports how much CPU this run (apps + postgres), wrk and everybody else used, and
# QUIET_CPU=20 waits (up to QUIET_MAX_WAIT s) before each step until others use at most 20% of it,
# and a step during which others used more than MAX_OTHERS (15%) is measured again (up to ATTEMPTS, 3).
# SERVER_THREADS (16, the product's default) sets the request threads of both apps, so the baseline
# runs with the same server settings (ADR 15); "server" CPU per request includes postgres, whose own
# share is reported as "database".
# FEED_PROBES (3) probe consumers follow the weigh-in change feed in the product (ADR 16: stand-ins for
# the stateful consumers to come — challenges, achievements, notifications), so every step, POST
# above all, runs with them attached; FEED_PROBES=0 measures without.
# APP_ARGS="--some.property=value" passes extra arguments to the product, APP_JAR=path runs another
# build of it (A/B experiments).
# PROFILE="list post" records JFR in the app serving those steps (from its start) and prints where
# its CPU went; profiling costs throughput, so take figures from unprofiled runs.
# Then EXPLAIN (ANALYZE, BUFFERS) of the hot queries, the POSTed rows are deleted again, and
# everything this script started is stopped (also on Ctrl-C or failure).
# Output: benchmarks/target/run/ (logs, wrk output, results.md, plans.txt).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

: "${BENCH_DB_PORT:=54329}"
: "${BENCH_DB_DIR:=$ROOT/benchmarks/target/bench-db}"
: "${APP_PORT:=18080}"
: "${BASELINE_PORT:=18081}"
: "${DURATION:=30s}"
: "${WARMUP:=15s}"
: "${PREWARM:=60s}"
: "${CONNECTIONS:=64}"
: "${LATENCY_CONNECTIONS:=4}"
: "${THREADS:=2}"
: "${ROUNDS:=1}"
: "${STEPS:=list baseline stats chart post leaderboard-cold leaderboard challenge-leaderboard feed-public feed-baseline feed-team like}"
: "${LIKE_POSTS:=50}"
: "${DATABASE_POOL_SIZE:=20}"
: "${SERVER_THREADS:=16}"
: "${JAVA_OPTS:=-Xms1g -Xmx1g}"
: "${SKIP_BUILD:=0}"
: "${MAVEN_FLAGS:=-B -o -q}"
: "${PLANS:=1}"
: "${KEEP_DB:=0}"
: "${QUIET_CPU:=0}"
: "${MAX_OTHERS:=15}"
: "${ATTEMPTS:=3}"
: "${APP_ARGS:=}"
: "${FEED_PROBES:=3}"
: "${APP_JAR:=}"
: "${PROFILE:=}"
: "${QUIET_MAX_WAIT:=900}"
: "${NOTIFICATIONS_TIMEOUT:=900}"
: "${NOTIFICATION_USERS:=0}"
: "${NOTIFICATIONS_POLL_MS:=5000}"
export BENCH_DB_PORT BENCH_DB_DIR BASELINE_PORT DATABASE_POOL_SIZE SERVER_THREADS

PASSWORD="Bench1234"
OUT="$ROOT/benchmarks/target/run"
KEYS="$ROOT/benchmarks/target/jwt"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
LUA="$ROOT/benchmarks/wrk/bench.lua"
APP_URL="http://127.0.0.1:$APP_PORT"
BASELINE_URL="http://127.0.0.1:$BASELINE_PORT"
DB_PID="" APP_PID="" BASELINE_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

# ------------------------------------------------------------------ stopping what we started

stop_pid() { # pid name seconds
  local pid="$1" name="$2" seconds="$3"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < seconds * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "$name did not stop in ${seconds}s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

wait_postmaster_gone() { # the database JVM stops postgres through pg_ctl; make sure it really went
  local pidfile="$BENCH_DB_DIR/postmaster.pid" pid
  [[ -f "$pidfile" ]] || return 0
  pid="$(head -1 "$pidfile" 2>/dev/null || true)"
  for ((i = 0; i < 240; i++)); do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    if ((i == 60)); then kill -INT "$pid" 2>/dev/null || true; fi # fast shutdown
    sleep 0.5
  done
  log "WARNING: postgres (pid $pid) is still running; stop it with: kill -INT $pid"
}

finish() {
  local status=$?
  trap - EXIT INT TERM
  stop_pid "$APP_PID" "product" 30
  stop_pid "$BASELINE_PID" "baseline app" 30
  if [[ -n "$DB_PID" ]]; then
    if [[ "$KEEP_DB" == 1 ]]; then
      log "KEEP_DB=1: benchmark database stays up (pid $DB_PID, port $BENCH_DB_PORT)"
    else
      stop_pid "$DB_PID" "benchmark database" 120
      wait_postmaster_gone
    fi
  fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ helpers

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # seconds pid name logfile command...
  local seconds="$1" pid="$2" name="$3" logfile="$4"
  shift 4
  for ((i = 0; i < seconds * 2; i++)); do
    if "$@"; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$logfile" >&2 || true
      die "$name exited during start-up (log: $logfile)"
    fi
    sleep 0.5
  done
  tail -40 "$logfile" >&2 || true
  die "$name not ready after ${seconds}s (log: $logfile)"
}

http_ok() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" == 200 ]]; }

ensure_tool() { # command debian-package
  command -v "$1" >/dev/null && return 0
  log "installing $2 from Debian"
  local sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null \
    || die "could not install $2; install it (apt-get install $2) and run again"
}

admin() { java -Dloader.main=com.weighttracker.benchmarks.BenchAdmin -jar "$BENCH_JAR" "$@"; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ------------------------------------------------------------------ 1. tools and build

mkdir -p "$OUT"
rm -f "$OUT"/*.wrk.txt "$OUT"/product.log "$OUT"/baseline.log "$OUT/results.tsv" "$OUT/results.md" "$OUT/notifications.txt"
: >"$OUT/results.tsv"
ensure_tool wrk wrk
ensure_tool jq jq
ensure_tool openssl openssl
ensure_tool curl curl
command -v java >/dev/null || die "java (17+) is needed"

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building the product and the benchmarks module (./mvnw $MAVEN_FLAGS -Pbenchmarks -pl bootstrap,benchmarks -am package -DskipTests)"
  # shellcheck disable=SC2086
  ./mvnw $MAVEN_FLAGS -Pbenchmarks -pl bootstrap,benchmarks -am package -DskipTests
fi
[[ -n "$APP_JAR" ]] || APP_JAR="$(ls "$ROOT"/bootstrap/target/bootstrap-*-exec.jar 2>/dev/null | head -1 || true)"
[[ -f "$APP_JAR" ]] || die "no bootstrap/target/bootstrap-*-exec.jar: build first (or drop SKIP_BUILD=1)"
[[ -f "$BENCH_JAR" ]] || die "no $BENCH_JAR: build first (or drop SKIP_BUILD=1)"

if [[ ! -f "$KEYS/private.pem" || ! -f "$KEYS/public.pem" ]]; then
  log "generating the benchmark's JWT key pair in $KEYS"
  mkdir -p "$KEYS"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
  openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
fi

# ------------------------------------------------------------------ 2. database and data

if port_open "$BENCH_DB_PORT"; then
  log "a database answers on port $BENCH_DB_PORT: using it"
else
  log "starting the benchmark database on port $BENCH_DB_PORT (data in $BENCH_DB_DIR)"
  rm -f "$OUT/database.log" # wait_until must not see an earlier run's READY
  java -Dloader.main=com.weighttracker.benchmarks.BenchmarkDatabase -jar "$BENCH_JAR" >"$OUT/database.log" 2>&1 &
  DB_PID=$!
  wait_until 600 "$DB_PID" "benchmark database" "$OUT/database.log" grep -q '^READY' "$OUT/database.log"
  grep -E '^(PostgreSQL|Flyway|fsync)' "$OUT/database.log" | sed 's/^/    /' || true
fi

set +e
admin status
status=$?
set -e
case "$status" in
  0) ;;
  3)
    log "generating the data set (once; several minutes)"
    java -Dloader.main=com.weighttracker.benchmarks.DataGenerator -jar "$BENCH_JAR" 2>&1 | tee "$OUT/generate.log"
    ;;
  *) die "port $BENCH_DB_PORT does not answer as the benchmark database" ;;
esac
set +e
admin teams-status
status=$?
set -e
case "$status" in
  0) ;;
  3)
    log "generating the teams (once)"
    java -Dloader.main=com.weighttracker.benchmarks.TeamDataGenerator -jar "$BENCH_JAR" 2>&1 | tee "$OUT/generate-teams.log"
    ;;
  *) die "port $BENCH_DB_PORT does not answer as the benchmark database" ;;
esac
set +e
admin social-status
status=$?
set -e
case "$status" in
  0) ;;
  3)
    log "generating the social data set (once)"
    java -Dloader.main=com.weighttracker.benchmarks.SocialDataGenerator -jar "$BENCH_JAR" 2>&1 | tee "$OUT/generate-social.log"
    ;;
  *) die "port $BENCH_DB_PORT does not answer as the benchmark database" ;;
esac
set +e
admin challenges-status
status=$?
set -e
case "$status" in
  0) ;;
  3)
    log "generating the challenges (once)"
    java -Dloader.main=com.weighttracker.benchmarks.ChallengeDataGenerator -jar "$BENCH_JAR" 2>&1 | tee "$OUT/generate-challenges.log"
    ;;
  *) die "port $BENCH_DB_PORT does not answer as the benchmark database" ;;
esac
admin cleanup

# ------------------------------------------------------------------ 3. the two applications

for port in "$APP_PORT" "$BASELINE_PORT"; do
  port_open "$port" && die "port $port is taken: stop what runs there or set APP_PORT/BASELINE_PORT"
done

# Starting a JFR recording in a running JVM instruments classes and throws away compiled code (the
# profiled step would then measure the interpreter); so a profiled app records from its start.
JFR_AT_START="-XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=name=background,settings=profile,maxage=2m"
APP_JFR="" BASELINE_JFR=""
for step in $PROFILE; do
  if [[ "$step" == *baseline ]]; then BASELINE_JFR="$JFR_AT_START"; else APP_JFR="$JFR_AT_START"; fi
done

log "starting the product ($(basename "$APP_JAR")) on port $APP_PORT, pool $DATABASE_POOL_SIZE, $SERVER_THREADS request threads, JAVA_OPTS=$JAVA_OPTS"
# shellcheck disable=SC2086
DATABASE_URL="jdbc:postgresql://localhost:$BENCH_DB_PORT/postgres" DATABASE_USERNAME=postgres DATABASE_PASSWORD=postgres \
  JWT_PRIVATE_KEY="$(cat "$KEYS/private.pem")" JWT_PUBLIC_KEY="$(cat "$KEYS/public.pem")" \
  java $JAVA_OPTS $APP_JFR -jar "$APP_JAR" --server.port="$APP_PORT" \
  --weighttracker.rate-limit.enabled=false --weighttracker.http.request-log=false \
  --logging.level.root=WARN --weighttracker.feeds.probe-consumers="$FEED_PROBES" $APP_ARGS >"$OUT/product.log" 2>&1 &
APP_PID=$!

log "starting the baseline app on port $BASELINE_PORT"
# shellcheck disable=SC2086
DATABASE_URL="jdbc:postgresql://localhost:$BENCH_DB_PORT/postgres" java $JAVA_OPTS $BASELINE_JFR -jar "$BENCH_JAR" >"$OUT/baseline.log" 2>&1 &
BASELINE_PID=$!

wait_until 300 "$APP_PID" "product" "$OUT/product.log" http_ok "$APP_URL/ready"
wait_until 120 "$BASELINE_PID" "baseline app" "$OUT/baseline.log" port_open "$BASELINE_PORT"
log "both applications are up"

# ------------------------------------------------------------------ 4. users and tokens

admin users >"$OUT/users.txt"
admin teams >"$OUT/teams.txt"
admin challenges >"$OUT/challenges.txt"
rm -f "$OUT"/leaderboard-*.txt "$OUT"/*.tpl "$OUT"/feed-*.txt "$OUT"/like.txt "$OUT/challenge-leaderboard.txt"
HEAVY_ID="$(awk '$1 == "heavy" { print $2 }' "$OUT/users.txt")"
awk '$1 == "load" { print $2 }' "$OUT/users.txt" >"$OUT/load-user-ids.txt"
[[ -n "$HEAVY_ID" && "$(wc -l <"$OUT/load-user-ids.txt")" -eq 64 ]] || die "expected 1 heavy and 64 load users"

login() { # email -> access token on stdout
  curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" "$APP_URL/v1/auth/login" | jq -er '.data.accessToken'
}

LOGGED_IN_AT=0
log_in_all() { # bcrypt cost 12 with a bulkhead of 2: two at a time
  local emails
  mapfile -t emails < <(awk '$1 == "load" { print $3 }' "$OUT/users.txt")
  : >"$OUT/tokens.even"
  : >"$OUT/tokens.odd"
  (for ((i = 0; i < ${#emails[@]}; i += 2)); do login "${emails[i]}" >>"$OUT/tokens.even"; done) &
  local even=$!
  (for ((i = 1; i < ${#emails[@]}; i += 2)); do login "${emails[i]}" >>"$OUT/tokens.odd"; done) &
  local odd=$!
  wait "$even" || die "login failed (see above)"
  wait "$odd" || die "login failed (see above)"
  cat "$OUT/tokens.even" "$OUT/tokens.odd" >"$OUT/tokens.txt"
  # "email token" per load user, for the leaderboard steps (the tokens of the even and the odd emails)
  paste -d' ' <(printf '%s\n' "${emails[@]}" | awk 'NR % 2 == 1') "$OUT/tokens.even" >"$OUT/tokens-by-email.txt"
  paste -d' ' <(printf '%s\n' "${emails[@]}" | awk 'NR % 2 == 0') "$OUT/tokens.odd" >>"$OUT/tokens-by-email.txt"
  leaderboard_pairs
  feed_pairs
  challenge_pairs
  login "$(awk '$1 == "heavy" { print $3 }' "$OUT/users.txt")" >"$OUT/heavy-token.txt"
  [[ "$(wc -l <"$OUT/tokens.txt")" -eq 64 ]] || die "expected 64 tokens"
  LOGGED_IN_AT=$(date +%s)
  log "logged in the 64 load users and the heavy user"
}
PERIODS=(week month all)
SORTS=(percentLost totalLost streak points)
leaderboard_pairs() { # "<token> <path>" lines: warm (the 64 first teams), cold warm-up (65-300), cold (301-)
  [[ -s "$OUT/teams.txt" ]] || return 0
  awk -v periods="${PERIODS[*]}" -v sorts="${SORTS[*]}" -v out="$OUT" '
    BEGIN { np = split(periods, p, " "); ns = split(sorts, s, " ") }
    NR == FNR { token[$1] = $2; next }
    {
      n++; path = "/v1/teams/" $1 "/leaderboard?period="
      if (n <= 64) {
        for (i = 1; i <= np; i++) for (j = 1; j <= ns; j++) print token[$3], path p[i] "&sortBy=" s[j] > (out "/leaderboard-warm.txt")
      } else {
        for (i = 1; i <= np; i++) print token[$3], path p[i] > (out (n <= 300 ? "/leaderboard-cold-warmup.txt" : "/leaderboard-cold.txt"))
      }
    }' "$OUT/tokens-by-email.txt" "$OUT/teams.txt"
}
# Feed and like steps: "<email> <path>" templates made once per run (the cursors of each load user's
# first pages: generated posts do not move, so a cursor stays valid), then "<token> <path>" files for
# wrk after every login; the baseline's files carry "-" for a token and the user's id in the path.
SOCIAL_STEPS=0
for step in feed-public feed-team feed-baseline like; do [[ " $STEPS " == *" $step "* ]] && SOCIAL_STEPS=1; done
feed_templates() {
  local email id token c1 c2 team base
  : >"$OUT/feed-public.tpl"
  : >"$OUT/feed-team.tpl"
  : >"$OUT/feed-public-baseline.txt"
  : >"$OUT/feed-team-baseline.txt"
  next_cursor() { # token path -> the page's nextCursor ("" on the last page)
    curl -sS --fail-with-body -H "Authorization: Bearer $1" "$APP_URL$2" | jq -r '.data.nextCursor // ""'
  }
  while read -r email token; do
    id="$(awk -v e="$email" '$3 == e { print $2 }' "$OUT/users.txt")"
    team="$(awk -v e="$email" '$3 == e { print $1; exit }' "$OUT/teams.txt")"
    for scope in public team; do
      base="/v1/posts?scope=$scope&limit=20"
      c1="$(next_cursor "$token" "$base")"
      c2=""
      if [[ -n "$c1" ]]; then c2="$(next_cursor "$token" "$base&cursor=$c1")"; fi
      local paths=("$base" "$base")
      if [[ -n "$c1" ]]; then paths+=("$base&cursor=$c1"); fi
      if [[ -n "$c2" ]]; then paths+=("$base&cursor=$c2"); fi
      if [[ "$scope" == team && -n "$team" ]]; then
        c1="$(next_cursor "$token" "$base&teamId=$team")"
        paths+=("$base&teamId=$team")
        if [[ -n "$c1" ]]; then paths+=("$base&teamId=$team&cursor=$c1"); fi
      fi
      for path in "${paths[@]}"; do
        echo "$email $path" >>"$OUT/feed-$scope.tpl"
        echo "- /baseline/posts?user=$id&${path#/v1/posts?}" >>"$OUT/feed-$scope-baseline.txt"
      done
    done
  done <"$OUT/tokens-by-email.txt"
  admin like-posts "$LIKE_POSTS" | awk '{ print $1, "/v1/posts/" $2 "/like" }' >"$OUT/like.tpl"
  log "feed pages: $(wc -l <"$OUT/feed-public.tpl") public, $(wc -l <"$OUT/feed-team.tpl") team (with cursors);"\
    "$(wc -l <"$OUT/like.tpl") posts to like"
}
feed_pairs() { # the templates with this login's tokens
  [[ "$SOCIAL_STEPS" == 1 ]] || return 0
  [[ -s "$OUT/feed-public.tpl" ]] || feed_templates
  local name
  for name in feed-public feed-team like; do
    awk 'NR == FNR { token[$1] = $2; next } { print token[$1], $2 }' "$OUT/tokens-by-email.txt" "$OUT/$name.tpl" \
      >"$OUT/$name.txt"
  done
}
challenge_pairs() { # "<token> /v1/challenges/<id>/leaderboard" per challenge, with a load user in it
  [[ -s "$OUT/challenges.txt" ]] || return 0
  awk 'NR == FNR { token[$1] = $2; next } { print token[$2], "/v1/challenges/" $1 "/leaderboard" }' \
    "$OUT/tokens-by-email.txt" "$OUT/challenges.txt" >"$OUT/challenge-leaderboard.txt"
}
fresh_tokens() { # access tokens live 15 minutes
  (($(date +%s) - LOGGED_IN_AT < 600)) || log_in_all
}

# ------------------------------------------------------------------ 5. measurements

run_wrk() { # step duration url args...
  local step="$1" duration="$2" url="$3"
  shift 3
  BENCH_STEP="$step" wrk -t "$THREADS" -c "$CONNECTIONS" -d "$duration" --timeout 10s --latency -s "$LUA" "$url" -- "$@"
}

# CPU accounting (the machine is shared): jiffies of the whole machine, and of what this run owns
# (product, baseline app, the benchmark postgres and its backends; wrk is timed separately).
CLK_TCK="$(getconf CLK_TCK)"
machine_cpu() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8; print busy, busy + $5 + $6 + $9 }' /proc/stat; }
postmaster_pid() { # ours, or the one answering on BENCH_DB_PORT from another directory (a shared database)
  head -1 "$BENCH_DB_DIR/postmaster.pid" 2>/dev/null || pgrep -o -f -- "postgres -D .* -p $BENCH_DB_PORT( |\$)" || true
}
own_cpu() { # -> "all database": jiffies of the apps and postgres, and of postgres alone
  local total=0 database=0 pid t postmaster
  postmaster="$(postmaster_pid)"
  for pid in $APP_PID $BASELINE_PID; do
    t="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true)"
    total=$((total + ${t:-0}))
  done
  for pid in $postmaster $([[ -n "$postmaster" ]] && pgrep -P "$postmaster"); do # the pools' backends stay
    t="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true)"
    database=$((database + ${t:-0}))
  done
  echo "$((total + database)) $database"
}

wait_quiet() { # QUIET_CPU=<percent>: wait (up to QUIET_MAX_WAIT s) until others use less than that
  [[ "${QUIET_CPU:-0}" -gt 0 ]] || return 0
  local waited=0 b0 a0 b1 a1 busy
  while :; do
    read -r b0 a0 < <(machine_cpu)
    sleep 3
    read -r b1 a1 < <(machine_cpu)
    busy=$((100 * (b1 - b0) / (a1 - a0 > 0 ? a1 - a0 : 1)))
    ((busy <= QUIET_CPU)) && return 0
    ((waited % 30 == 0)) && log "machine busy (${busy}% CPU used by others), waiting for <= ${QUIET_CPU}%"
    waited=$((waited + 3))
    if ((waited >= ${QUIET_MAX_WAIT:-900})); then
      log "WARNING: still ${busy}% busy after ${waited}s; measuring anyway"
      return 0
    fi
  done
}

measure() { # step url wrk-args...: warm up, measure; again (up to ATTEMPTS) while others were busy
  local step="$1" url="$2"
  shift 2
  local attempt others
  for ((attempt = 1; attempt <= ATTEMPTS; attempt++)); do
    measure_once "$step" "$url" "$@"
    others="$(sed -n 's/.* cpu_others=\(-\{0,1\}[0-9]*\)%.*/\1/p' <<<"$LAST_RESULT")"
    if ((others <= MAX_OTHERS || attempt == ATTEMPTS)); then
      break
    fi
    log "$step: other processes used ${others}% of the machine during the run (> MAX_OTHERS=$MAX_OTHERS%): measuring again"
  done
  echo "$LAST_RESULT attempt=$attempt connections=$CONNECTIONS" >>"$OUT/results.tsv"
  echo "  database statements during the run:"
  admin statements "$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$LAST_RESULT")"
  if [[ -f "$OUT/$step.jfr" ]]; then
    echo "  JFR profile of the $step step ($OUT/$step.jfr):"
    java -Dloader.main=com.weighttracker.benchmarks.JfrSummary -jar "$BENCH_JAR" "$OUT/$step.jfr" | sed 's/^/  /' \
      | tee "$OUT/$step.profile.txt"
  fi
}

LAST_RESULT=""
measure_once() { # step url wrk-args... -> LAST_RESULT
  local step="$1" url="$2"
  shift 2
  fresh_tokens
  wait_quiet
  log "$step: warm-up $WARMUP, then $DURATION at $CONNECTIONS connections"
  run_wrk "$step" "$WARMUP" "$url" "$@" >"$OUT/$step.warmup.txt" 2>&1
  admin statements-reset
  local file="$OUT/$step.$(date +%H%M%S).wrk.txt" b0 a0 o0 d0 b1 a1 o1 d1 wrk_user wrk_sys profiled=""
  rm -f "$OUT/$step.jfr"
  if [[ " $PROFILE " == *" $step "* ]]; then
    profiled="$([[ "$step" == *baseline ]] && echo "$BASELINE_PID" || echo "$APP_PID")"
    jcmd "$profiled" JFR.start name=bench settings=profile filename="$OUT/$step.jfr" >/dev/null
  fi
  read -r b0 a0 < <(machine_cpu)
  read -r o0 d0 < <(own_cpu)
  { time run_wrk "$step" "$DURATION" "$url" "$@" >"$file" 2>&1; } 2>"$OUT/$step.wrk-cpu"
  read -r b1 a1 < <(machine_cpu)
  read -r o1 d1 < <(own_cpu)
  [[ -z "$profiled" ]] || jcmd "$profiled" JFR.stop name=bench >/dev/null
  read -r wrk_user wrk_sys <"$OUT/$step.wrk-cpu"
  sed -n '/Latency Distribution/,/Requests\/sec/p;/Non-2xx/p;/Socket errors/p' "$file"
  local result requests cpu
  result="$(grep '^RESULT' "$file" | tail -1)"
  [[ -n "$result" ]] || die "wrk printed no result for $step (see $file)"
  requests="$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$result")"
  # Shares of the machine (all cores = 100%) during the measured run, and CPU milliseconds per
  # request of the server side (app + postgres) and of wrk. "capacity" is what the cores would serve
  # at that cost if nobody else used them: an estimate, and CPU per request itself grows when other
  # processes share the cores (caches, hyper-threads), so only steps with low "others" compare well.
  cpu="$(awk -v b="$((b1 - b0))" -v a="$((a1 - a0))" -v o="$((o1 - o0))" -v d="$((d1 - d0))" -v wu="$wrk_user" -v ws="$wrk_sys" \
    -v hz="$CLK_TCK" -v n="$requests" -v cores="$(nproc)" 'BEGIN {
      w = (wu + ws) * hz; if (a <= 0) a = 1; if (n <= 0) n = 1
      server = 1000 * o / hz / n; client = 1000 * w / hz / n
      printf "cpu_ours=%.0f%% cpu_wrk=%.0f%% cpu_others=%.0f%% server_cpu_ms=%.3f database_cpu_ms=%.3f wrk_cpu_ms=%.3f capacity_rps=%.0f",
        100 * o / a, 100 * w / a, 100 * (b - o - w) / a, server, 1000 * d / hz / n, client, cores * 1000 / (server + client) }')"
  LAST_RESULT="$result $cpu"
  echo "$LAST_RESULT"
}

available() { # name path: does the heavy user get 200?
  local code
  code="$(curl -s -o "$OUT/$1.probe.json" -w '%{http_code}' -H "Authorization: Bearer $(cat "$OUT/heavy-token.txt")" "$APP_URL$2" || true)"
  if [[ "$code" == 200 ]]; then return 0; fi
  log "$1: SKIPPED: GET $2 answered $code, not 200 ($(head -c 200 "$OUT/$1.probe.json")): the endpoint is not on this branch yet"
  return 1
}

wants() { [[ " $STEPS " == *" $1 "* ]]; }

log_in_all
if [[ "$PREWARM" != 0 ]]; then
  # the JIT of a freshly started JVM on two busy cores needs tens of thousands of requests
  log "pre-warming both applications ($PREWARM each, not measured)"
  if wants list || wants baseline || [[ "$SOCIAL_STEPS" == 0 ]]; then
    run_wrk prewarm "$PREWARM" "$APP_URL" bearer "$OUT/tokens.txt" "/v1/weight-entries?limit=20" >"$OUT/prewarm-product.txt" 2>&1
    run_wrk prewarm "$PREWARM" "$BASELINE_URL" user "$OUT/load-user-ids.txt" "/baseline/entries?user=" >"$OUT/prewarm-baseline.txt" 2>&1
  else
    run_wrk prewarm "$PREWARM" "$APP_URL" pairs "$OUT/feed-public.txt" >"$OUT/prewarm-product.txt" 2>&1
    run_wrk prewarm "$PREWARM" "$BASELINE_URL" pairs "$OUT/feed-public-baseline.txt" >"$OUT/prewarm-baseline.txt" 2>&1
  fi
fi
log "measuring: steps [$STEPS], $ROUNDS round(s) of list/baseline, $(nproc) cores, load average $(loadavg)"
TIMEFORMAT='%U %S'

for ((round = 1; round <= ROUNDS; round++)); do
  wants list && measure list "$APP_URL" bearer "$OUT/tokens.txt" "/v1/weight-entries?limit=20"
  wants baseline && measure baseline "$BASELINE_URL" user "$OUT/load-user-ids.txt" "/baseline/entries?user="
done
if [[ "$SOCIAL_STEPS" == 1 ]] && available feed "/v1/posts?scope=public&limit=1"; then
  for ((round = 1; round <= ROUNDS; round++)); do
    wants feed-public && measure feed-public "$APP_URL" pairs "$OUT/feed-public.txt"
    wants feed-baseline && measure feed-baseline "$BASELINE_URL" pairs "$OUT/feed-public-baseline.txt"
    wants feed-team && measure feed-team "$APP_URL" pairs "$OUT/feed-team.txt"
    wants feed-baseline && measure feed-team-baseline "$BASELINE_URL" pairs "$OUT/feed-team-baseline.txt"
  done
  # the latency targets, like the other latency targets, at LATENCY_CONNECTIONS
  wants feed-public && CONNECTIONS="$LATENCY_CONNECTIONS" measure feed-public-light "$APP_URL" pairs "$OUT/feed-public.txt"
  wants feed-team && CONNECTIONS="$LATENCY_CONNECTIONS" measure feed-team-light "$APP_URL" pairs "$OUT/feed-team.txt"
  wants like && measure like "$APP_URL" like "$OUT/like.txt" "$THREADS"
else
  SOCIAL_STEPS=0
fi
if wants stats && available stats "/v1/weight-entries/stats"; then
  CONNECTIONS="$LATENCY_CONNECTIONS" measure stats "$APP_URL" bearer "$OUT/heavy-token.txt" "/v1/weight-entries/stats"
fi
if wants chart && available chart "/v1/weight-entries/chart?period=all"; then
  CONNECTIONS="$LATENCY_CONNECTIONS" measure chart "$APP_URL" bearer "$OUT/heavy-token.txt" "/v1/weight-entries/chart?period=all"
fi
if wants leaderboard-cold && [[ -s "$OUT/leaderboard-cold.txt" ]]; then
  # each board's first request: one pass, no repeat (a second attempt would find them cached)
  fresh_tokens
  wait_quiet
  log "leaderboard-cold: warm-up pass over teams 65-300, then one request per board of teams 301-"
  # a latency target: like stats and chart at LATENCY_CONNECTIONS, not 64 boards computed at once
  CONNECTIONS="$LATENCY_CONNECTIONS" run_wrk leaderboard-cold "$DURATION" "$APP_URL" pairs \
    "$OUT/leaderboard-cold-warmup.txt" once "$THREADS" >"$OUT/leaderboard-cold.warmup.txt" 2>&1
  file="$OUT/leaderboard-cold.$(date +%H%M%S).wrk.txt"
  CONNECTIONS="$LATENCY_CONNECTIONS" run_wrk leaderboard-cold "$DURATION" "$APP_URL" pairs "$OUT/leaderboard-cold.txt" \
    once "$THREADS" >"$file" 2>&1
  sed -n '/Latency Distribution/,/Requests\/sec/p;/Non-2xx/p;/Socket errors/p' "$file"
  result="$(grep '^RESULT' "$file" | tail -1)"
  [[ -n "$result" ]] || die "wrk printed no result for leaderboard-cold (see $file)"
  echo "$result connections=$LATENCY_CONNECTIONS (rps not meaningful: one pass)" | tee -a "$OUT/results.tsv"
fi
if wants leaderboard && [[ -s "$OUT/leaderboard-warm.txt" ]]; then
  measure leaderboard "$APP_URL" pairs "$OUT/leaderboard-warm.txt"
  # the warm latency target, like the other latency targets, at LATENCY_CONNECTIONS
  CONNECTIONS="$LATENCY_CONNECTIONS" measure leaderboard-light "$APP_URL" pairs "$OUT/leaderboard-warm.txt"
fi
if wants challenge-leaderboard && [[ -s "$OUT/challenge-leaderboard.txt" ]]; then
  measure challenge-leaderboard "$APP_URL" pairs "$OUT/challenge-leaderboard.txt"
  # the latency target (p95 < 15 ms) at LATENCY_CONNECTIONS, the throughput target at CONNECTIONS
  CONNECTIONS="$LATENCY_CONNECTIONS" measure challenge-leaderboard-light "$APP_URL" pairs "$OUT/challenge-leaderboard.txt"
fi
CHUNK=15s
chunk_p95s() { # files...: the p95 of each wrk chunk, sorted
  for f in "$@"; do grep '^RESULT' "$f" | tail -1 | sed -n 's/.* p95_ms=\([^ ]*\).*/\1/p'; done | sort -g
}
median() { awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Where the CPU went while a notifications step ran: per thread of the product (request threads and GC
# threads summed by name, digits dropped; the scheduler's job threads each apart) and postgres in all, as
# "name jiffies" lines; thread_cpu_report turns two snapshots into percent of one core.
thread_cpu() {
  local t postmaster pid database=0 v
  for t in /proc/"$APP_PID"/task/*; do
    printf '%s %s\n' "$(tr ' ' '_' <"$t/comm")" "$(awk '{ print $14 + $15 }' "$t/stat")"
  done 2>/dev/null | awk '{ n = $1; if (n !~ /^db-scheduler-[0-9]+$/) gsub(/[0-9]+/, "", n); s["app:" n] += $2 }
    END { for (k in s) print k, s[k] }'
  postmaster="$(postmaster_pid)"
  for pid in $postmaster $([[ -n "$postmaster" ]] && pgrep -P "$postmaster"); do
    v="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true)"
    database=$((database + ${v:-0}))
  done
  echo "postgres $database"
  echo "machine-busy $(machine_cpu | cut -d' ' -f1)"
  echo "wall-ms $(date +%s%3N)"
}
thread_cpu_report() { # title before-file after-file: % of one core per group, largest first (>= 0.5 %)
  local seconds
  seconds="$(awk '$1 == "wall-ms" { w[FILENAME] = $2 } END { printf "%.1f", (w[ARGV[2]] - w[ARGV[1]]) / 1000 }' "$2" "$3")"
  echo "$1 ($seconds s, % of one core): $(awk -v hz="$CLK_TCK" -v s="$seconds" 'NR == FNR { a[$1] = $2; next }
    $1 != "wall-ms" && s > 0 { p = 100 * ($2 - a[$1]) / hz / s; if (p >= 0.5) printf "%.1f %s\n", p, $1 }' "$2" "$3" \
    | sort -gr | awk '{ printf "%s%s=%s", (NR > 1 ? ", " : ""), $2, $1 }')"
}
notifications_step() { # reminders|summary: seed, wait until none is due; summary: list p95 before and during
  local kind="$1" due wrk_pid="" result before during chunks
  wait_quiet
  rm -f "$OUT"/summary-before-*.wrk.txt "$OUT"/summary-during-*.wrk.txt "$OUT/summary.done" "$OUT"/cpu-*.txt
  if [[ "$kind" == summary ]]; then
    # the list endpoint at LATENCY_CONNECTIONS in CHUNK-long wrk runs, before and while the job runs:
    # the median of the chunks' p95 compares like with like on a machine others use in bursts
    fresh_tokens
    log "summary: list at $LATENCY_CONNECTIONS connections, warm-up $WARMUP, then 4 chunks of $CHUNK before"
    CONNECTIONS="$LATENCY_CONNECTIONS" run_wrk summary-before "$WARMUP" "$APP_URL" bearer "$OUT/tokens.txt" \
      "/v1/weight-entries?limit=20" >/dev/null 2>&1
    thread_cpu >"$OUT/cpu-before-start.txt"
    for i in 1 2 3 4; do
      CONNECTIONS="$LATENCY_CONNECTIONS" run_wrk summary-before "$CHUNK" "$APP_URL" bearer "$OUT/tokens.txt" \
        "/v1/weight-entries?limit=20" >"$OUT/summary-before-$i.wrk.txt" 2>&1
    done
    thread_cpu >"$OUT/cpu-before-end.txt"
  fi
  log "$kind: seeding ${NOTIFICATION_USERS:-every} user's preferences, due at the coming whole minute"
  due="$(admin notifications-seed "$kind" "${NOTIFICATION_USERS:-0}")"
  if [[ "$kind" == summary ]]; then
    fresh_tokens
    (sleep "$(awk -v due="$due" -v now="$(date +%s%3N)" 'BEGIN { d = (due - now) / 1000; print (d > 0 ? d : 0) }')"
      admin statements-reset
      thread_cpu >"$OUT/cpu-during-start.txt"
      i=0
      while [[ ! -f "$OUT/summary.done" ]]; do
        i=$((i + 1))
        CONNECTIONS="$LATENCY_CONNECTIONS" run_wrk summary-during "$CHUNK" "$APP_URL" bearer "$OUT/tokens.txt" \
          "/v1/weight-entries?limit=20" >"$OUT/summary-during-$(printf %03d "$i").wrk.txt" 2>&1 || true
      done) &
    wrk_pid=$!
  fi
  log "$kind: due at $(date -u -d "@$((due / 1000))" +%H:%M:%S) UTC; waiting until the product's job handled all"
  result="$(NOTIFICATIONS_POLL_MS="$NOTIFICATIONS_POLL_MS" admin notifications-wait "$kind" "$due" "$NOTIFICATIONS_TIMEOUT")"
  echo "$result" | tee -a "$OUT/notifications.txt"
  if [[ -n "$wrk_pid" ]]; then
    thread_cpu >"$OUT/cpu-during-end.txt"
    touch "$OUT/summary.done"
    wait "$wrk_pid" || true
    thread_cpu_report "CPU before the job" "$OUT/cpu-before-start.txt" "$OUT/cpu-before-end.txt" \
      | tee -a "$OUT/notifications.txt"
    thread_cpu_report "CPU during the job" "$OUT/cpu-during-start.txt" "$OUT/cpu-during-end.txt" \
      | tee -a "$OUT/notifications.txt"
    echo "database statements during the job, by total time:" | tee -a "$OUT/notifications.txt"
    admin statements-by-time 14 | tee -a "$OUT/notifications.txt"
    before="$(chunk_p95s "$OUT"/summary-before-*.wrk.txt | median)"
    chunks="$(ls "$OUT"/summary-during-*.wrk.txt 2>/dev/null | wc -l)"
    during="$(chunk_p95s "$OUT"/summary-during-*.wrk.txt | median)"
    echo "summary: list p95 at $LATENCY_CONNECTIONS connections, median of $CHUNK chunks: before $before ms" \
      "($(chunk_p95s "$OUT"/summary-before-*.wrk.txt | tr '\n' ' ')), during the job $during ms over $chunks chunks" \
      "($(chunk_p95s "$OUT"/summary-during-*.wrk.txt | tr '\n' ' ')); during / before" \
      "$(awk -v a="$during" -v b="$before" 'BEGIN { if (b > 0) printf "%.2f", a / b }');" \
      "rps before $(grep -h '^RESULT' "$OUT"/summary-before-*.wrk.txt | sed -n 's/.* rps=\([0-9]*\).*/\1/p' | sort -g | median)," \
      "during $(grep -h '^RESULT' "$OUT"/summary-during-*.wrk.txt | sed -n 's/.* rps=\([0-9]*\).*/\1/p' | sort -g | median)" \
      | tee -a "$OUT/notifications.txt"
  fi
}
wants reminders && notifications_step reminders
wants summary && notifications_step summary
# what the notifications steps left behind (queued mail, next dates, reminders' centre entries): another
# run, or another helper's product on the same database, would otherwise work them off
if wants reminders || wants summary; then admin notifications-cleanup; fi
# last: the weigh-ins it adds keep the outbox listeners (leaderboard evictions) busy for a while after it
if wants post; then
  measure post "$APP_URL" post "$OUT/tokens.txt" "/v1/weight-entries"
fi

admin cleanup
if [[ "$PLANS" == 1 ]]; then
  log "query plans (EXPLAIN ANALYZE, BUFFERS) -> $OUT/plans.txt"
  admin plans | tee "$OUT/plans.txt" | grep -E '^(==|   (Limit|Index|Sort|Aggregate|Seq|Bitmap|Planning|Execution|  Buffers))' || true
fi

# ------------------------------------------------------------------ 6. summary

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
mean_of() { # step key: mean of that key=value field over the step's rounds
  awk -v s="$1" -v k="$2" '$2 == "step=" s { for (i = 3; i <= NF; i++) if (index($i, k "=") == 1) { t += substr($i, length(k) + 2); n++ } }
    END { if (n) printf "%.0f", t / n }' "$OUT/results.tsv"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
  echo "| step | connections | req/s | p50 ms | p95 ms | p99 ms | non-2xx | socket errors | machine CPU: ours / wrk / others | CPU ms per request: server (of it database) / wrk | capacity estimate req/s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|"
  while read -r line; do
    echo "| $(field step "$line") | $(field connections "$line") | $(field rps "$line") | $(field p50_ms "$line") | $(field p95_ms "$line") | $(field p99_ms "$line") | $(field non2xx3xx "$line") | $(field socket_errors "$line") | $(field cpu_ours "$line") / $(field cpu_wrk "$line") / $(field cpu_others "$line") | $(field server_cpu_ms "$line") (database $(field database_cpu_ms "$line")) / $(field wrk_cpu_ms "$line") | $(field capacity_rps "$line") |"
  done <"$OUT/results.tsv"
  list_rps="$(mean_of list rps)" base_rps="$(mean_of baseline rps)"
  if [[ -n "$list_rps" && -n "$base_rps" ]]; then
    list_cap="$(mean_of list capacity_rps)" base_cap="$(mean_of baseline capacity_rps)"
    echo
    echo "list / baseline, mean of $ROUNDS round(s): measured throughput $list_rps / $base_rps = $(ratio "$list_rps" "$base_rps");"\
      "capacity estimate (from CPU per request) $list_cap / $base_cap = $(ratio "$list_cap" "$base_cap")"
  fi
  for pair in "feed-public feed-baseline" "feed-team feed-team-baseline"; do
    read -r product_step baseline_step <<<"$pair"
    feed_rps="$(mean_of "$product_step" rps)" base_rps="$(mean_of "$baseline_step" rps)"
    if [[ -n "$feed_rps" && -n "$base_rps" ]]; then
      feed_cap="$(mean_of "$product_step" capacity_rps)" base_cap="$(mean_of "$baseline_step" capacity_rps)"
      echo
      echo "$product_step / $baseline_step, mean of $ROUNDS round(s): measured throughput $feed_rps / $base_rps = $(ratio "$feed_rps" "$base_rps");"\
        "capacity estimate (from CPU per request) $feed_cap / $base_cap = $(ratio "$feed_cap" "$base_cap")"
    fi
  done
  echo
  echo "$(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo '+changes'), $(nproc) cores,"\
    "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP), pool $DATABASE_POOL_SIZE, $SERVER_THREADS request threads (both apps), JAVA_OPTS=$JAVA_OPTS, $FEED_PROBES feed probe consumers${APP_ARGS:+, APP_ARGS=$APP_ARGS}"
  if [[ -s "$OUT/notifications.txt" ]]; then
    echo
    echo "notifications (seconds after the due minute until all were handled):"
    sed 's/^/    /' "$OUT/notifications.txt"
  fi
} >"$OUT/results.md"
echo
cat "$OUT/results.md"
log "done; results in $OUT/results.md, wrk output in $OUT/*.wrk.txt"
