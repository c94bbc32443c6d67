#!/usr/bin/env bash
# The product under benchmarks/stomp.sh in one command (issue 14, docs/performance.md "Real time with
# the product"): a database of its own, the product (one instance, or two sharing one Redis), a fresh
# plan (plan-product.mjs: users, signed access tokens, conversations of ROOM_SIZE), the load, and for
# message runs a check in the database that every message sent was stored exactly once.
#
#   benchmarks/stomp-product.sh hold    # CONNECTIONS (10,000) held DURATION (60) s on one instance
#   benchmarks/stomp-product.sh pair    # two instances through Redis, connections alternating between
#                                       # them (5 + 5 of every conversation), RATES stepped up (COMPARE=0);
#                                       # then, with ALONE=1 (default), the same on the first instance alone
#   CONNECT_RATE=500 benchmarks/stomp-product.sh hold      # a paced connection phase (stomp.sh, load.mjs)
#
# Everything the plan needs happens inside this script, so the tokens (15 minutes) are fresh when the
# connections open, also when the script waited for the machine first. Environment: BENCH_DB_PORT
# (54339) and BENCH_DB_DIR (benchmarks/target/stomp-db; created and migrated on first use, only rows
# are added), PORTS (two product ports, "18280 18281"), REDIS_PORT (16380; Debian's redis-server,
# started here for pair), APP_JAR (bootstrap/target/bootstrap-*-exec.jar), PRODUCT_JAVA_OPTS (hold:
# -Xms2g -Xmx2g, pair: -Xms1g -Xmx1g each), APP_ARGS (more product arguments), and stomp.sh's own
# (CONNECTIONS, RATES, WARMUP, DURATION, DRAIN, HEARTBEAT_MS, CONNECT_RATE, ...). Stops what it started.
# Output: stomp.sh's folders under benchmarks/target/stomp/, and benchmarks/target/stomp/product-<mode>-<time>/
# (product logs and GC logs, plans, stored.txt: the database check).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODE="${1:-hold}"
case "$MODE" in
  hold) : "${CONNECTIONS:=10000}" "${PRODUCT_JAVA_OPTS:=-Xms2g -Xmx2g}" ;;
  pair) : "${CONNECTIONS:=2000}" "${PRODUCT_JAVA_OPTS:=-Xms1g -Xmx1g}" "${RATES:=100 200 300}" "${WARMUP:=5}" \
          "${DURATION:=15}" "${DRAIN:=3}" "${ALONE:=1}" ;;
  *) echo "usage: $0 hold|pair (see the top of this script)" >&2; exit 2 ;;
esac
: "${BENCH_DB_PORT:=54339}"
: "${BENCH_DB_DIR:=$ROOT/benchmarks/target/stomp-db}"
: "${PORTS:=18280 18281}"
: "${REDIS_PORT:=16380}"
: "${ROOM_SIZE:=10}"
: "${APP_ARGS:=}"
export BENCH_DB_PORT BENCH_DB_DIR CONNECTIONS
read -r PORT_A PORT_B _ <<<"$PORTS"
APP_JAR="${APP_JAR:-$(ls "$ROOT"/bootstrap/target/bootstrap-*-exec.jar 2>/dev/null | head -1)}"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
KEYS="$ROOT/benchmarks/target/jwt"
OUT="$ROOT/benchmarks/target/stomp/product-$MODE-$(date +%Y%m%d-%H%M%S)"
DATABASE="postgresql://postgres:postgres@127.0.0.1:$BENCH_DB_PORT/postgres"
DB_PID="" REDIS_PID="" APP_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

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

finish() {
  local status=$? pid
  trap - EXIT INT TERM
  for pid in "${APP_PIDS[@]}"; do stop_pid "$pid" "product" 30; done
  stop_pid "$REDIS_PID" "redis-server" 10
  stop_pid "$DB_PID" "database" 120
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

wait_for() { # seconds pid name log port
  local i
  for ((i = 0; i < $1 * 2; i++)); do
    port_open "$5" && return 0
    kill -0 "$2" 2>/dev/null || { tail -40 "$4" >&2; die "$3 exited during start-up"; }
    sleep 0.5
  done
  die "$3 did not listen on $5 within $1 s (log: $4)"
}

[[ -f "$APP_JAR" ]] || die "no product jar: ./mvnw -o -q -pl bootstrap -am package -DskipTests"
[[ -f "$BENCH_JAR" ]] || die "no benchmarks jar: ./mvnw -o -q -Pbenchmarks -pl benchmarks -am package -DskipTests"
command -v psql >/dev/null || die "psql is needed (apt-get install postgresql-client)"
mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true # the product keeps one descriptor per connection
if [[ ! -f "$KEYS/private.pem" || ! -f "$KEYS/public.pem" ]]; then
  mkdir -p "$KEYS"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
  openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
fi
for port in "$BENCH_DB_PORT" "$PORT_A" "$PORT_B"; do port_open "$port" && die "port $port is taken"; done

log "database on $BENCH_DB_PORT ($BENCH_DB_DIR)"
java -Dloader.main=com.weighttracker.benchmarks.BenchmarkDatabase -jar "$BENCH_JAR" >"$OUT/database.log" 2>&1 &
DB_PID=$!
for ((i = 0; i < 600; i++)); do
  grep -q '^READY' "$OUT/database.log" && break
  kill -0 "$DB_PID" 2>/dev/null || { tail -30 "$OUT/database.log" >&2; die "the database exited"; }
  sleep 1
done
grep -q '^READY' "$OUT/database.log" || die "the database was not ready within 600 s"

REDIS_URL=""
if [[ "$MODE" == pair ]]; then
  command -v redis-server >/dev/null || die "redis-server is needed (apt-get install redis-server)"
  port_open "$REDIS_PORT" && die "port $REDIS_PORT is taken"
  redis-server --port "$REDIS_PORT" --save '' --appendonly no --daemonize no >"$OUT/redis.log" 2>&1 &
  REDIS_PID=$!
  wait_for 20 "$REDIS_PID" redis-server "$OUT/redis.log" "$REDIS_PORT"
  REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
fi

start_product() { # port -> APP_PIDS
  local port="$1"
  log "product on $port (${REDIS_URL:-no Redis}, $PRODUCT_JAVA_OPTS)"
  # shellcheck disable=SC2086
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$BENCH_DB_PORT/postgres" DATABASE_USERNAME=postgres DATABASE_PASSWORD=postgres \
    JWT_PRIVATE_KEY="$(cat "$KEYS/private.pem")" JWT_PUBLIC_KEY="$(cat "$KEYS/public.pem")" REDIS_URL="$REDIS_URL" \
    java $PRODUCT_JAVA_OPTS -Xlog:gc:file="$OUT/gc-$port.log" -jar "$APP_JAR" --server.port="$port" \
    --weighttracker.rate-limit.enabled=false --weighttracker.http.request-log=false --logging.level.root=WARN \
    $APP_ARGS >"$OUT/product-$port.log" 2>&1 &
  APP_PIDS+=($!)
  wait_for 300 "$!" "the product on $port" "$OUT/product-$port.log" "$port"
}

plan() { # out urls...
  local out="$1"; shift
  node benchmarks/stomp/plan-product.mjs --urls "$(IFS=,; echo "$*")" --connections "$CONNECTIONS" \
    --room-size "$ROOM_SIZE" --private-key "$KEYS/private.pem" --database "$DATABASE" --out "$out"
}

# every message the generators sent (warm-up included) stored exactly once: the markers in the bodies
stored_check() { # label plan stomp-output-folder
  local run sent
  run="$(node -e 'console.log(require(process.argv[1]).run)' "$2")"
  sent="$(node -e 'let n = 0; for (const f of process.argv.slice(1)) n += require(f).connections.sentAll; console.log(n)' "$3"/target/result-*.json)"
  {
    echo "$1: the generators sent $sent messages (warm-up included); stored in run $run's conversations:"
    psql -X -q -A -F ' ' "$DATABASE" -c "
      select count(*) as rows, count(distinct substring(m.body from 'lt~[0-9]+\.[0-9]+')) as distinct_markers,
             count(distinct (m.sender_id, m.client_key)) as distinct_sender_keys,
             count(*) filter (where m.body !~ 'lt~') as without_marker
        from messaging.messages m join messaging.conversations c on c.id = m.conversation_id
       where c.name like 'Benchmark $run %'"
  } | tee -a "$OUT/stored.txt"
}

latest() { ls -dt "$ROOT"/benchmarks/target/stomp/"$1"-* | head -1; } # absolute: node's require needs it

# until the products have worked off what they were sent (their CPU under 10 % of a core for 3 s, at most 120 s)
wait_idle() {
  local quiet=0 waited=0 before after pid
  ticks() { local total=0; for pid in "${APP_PIDS[@]}"; do [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done; echo "$total"; }
  before="$(ticks)"
  while ((quiet < 3 && waited < 120)); do
    sleep 1; waited=$((waited + 1)); after="$(ticks)"
    if ((after - before < $(getconf CLK_TCK) / 10)); then quiet=$((quiet + 1)); else quiet=0; fi
    before="$after"
  done
  log "the products were idle after $waited s"
}

if [[ "$MODE" == hold ]]; then
  start_product "$PORT_A"
  plan "$OUT/plan.json" "ws://127.0.0.1:$PORT_A/v1/ws"
  PLAN="$OUT/plan.json" TARGET_PID="${APP_PIDS[0]}" benchmarks/stomp.sh hold
else
  start_product "$PORT_A"
  start_product "$PORT_B"
  plan "$OUT/plan-pair.json" "ws://127.0.0.1:$PORT_A/v1/ws" "ws://127.0.0.1:$PORT_B/v1/ws"
  log "two instances through Redis: $CONNECTIONS connections alternating between $PORT_A and $PORT_B, rates [$RATES]"
  PLAN="$OUT/plan-pair.json" TARGET_PID="${APP_PIDS[0]}" COMPARE=0 RATES="$RATES" WARMUP="$WARMUP" DURATION="$DURATION" \
    DRAIN="$DRAIN" benchmarks/stomp.sh knee
  wait_idle # the last sends' transactions
  stored_check "two instances" "$OUT/plan-pair.json" "$(latest knee)"
  if [[ "$ALONE" == 1 ]]; then
    stop_pid "${APP_PIDS[1]}" "the second product" 30
    plan "$OUT/plan-alone.json" "ws://127.0.0.1:$PORT_A/v1/ws"
    log "one instance alone: $CONNECTIONS connections on $PORT_A, rates [$RATES]"
    PLAN="$OUT/plan-alone.json" TARGET_PID="${APP_PIDS[0]}" COMPARE=0 RATES="$RATES" WARMUP="$WARMUP" DURATION="$DURATION" \
      DRAIN="$DRAIN" benchmarks/stomp.sh knee
    wait_idle
    stored_check "one instance" "$OUT/plan-alone.json" "$(latest knee)"
  fi
fi
log "done: $OUT"
