#!/usr/bin/env bash
# The STOMP over WebSocket load harness (issue 14, "Performance"; docs/performance.md).
#
#   benchmarks/stomp.sh hold        # 10,000 connections held 60 s with 10 s heart-beats: none may drop;
#                                   # the server's heap (after a full GC), threads, RSS and sockets, idle and held
#   benchmarks/stomp.sh rate        # 600 messages/s into rooms of 10 (2,000 connections): p50-p99, losses
#   benchmarks/stomp.sh knee        # the rate stepped up (RATES): the highest rate with p99 < 100 ms
#   CONNECTIONS=10000 RATE=880 DURATION=60 benchmarks/stomp.sh rate
#   CONNECT_RATE=500 PLAN=product-plan.json TARGET_PID=1234 benchmarks/stomp.sh hold   # a paced connection phase
#   PLAN=product-plan.json TARGET_PID=1234 benchmarks/stomp.sh knee    # the product, then the bare broker
#   benchmarks/stomp.sh selftest    # the harness finds the losses and duplicates planted in a small plan
#   node --test benchmarks/stomp/   # the generator's unit checks (histogram)
#
# Without PLAN it builds the benchmarks jar when it is missing or older than its sources, starts the
# bare broker (BareBrokerApp: Spring's simple broker, no persistence, no authorisation) on
# BARE_BROKER_PORT (18082) and writes a plan for it (plan-bare.mjs: CONNECTIONS connections in rooms
# of ROOM_SIZE, 10, one subscription each; SEND=stomp sends with STOMP SEND, SEND=http with
# POST /v1/conversations/<room>/messages, which the broker relays alike). TARGET_URL (without PLAN)
# sends such a plan to a broker that already runs.
# With PLAN it drives whatever server the plan names (the plan format is documented at the top of
# benchmarks/stomp/load.mjs: users' JWTs in connectHeaders, conversation destinations); TARGET_PID,
# when given, is that server's process, whose CPU, threads and sockets (and heap, with jcmd, for a JVM
# of the same user) are recorded. Then, unless COMPARE=0 (or in hold mode), the same load runs against
# the bare broker, started here once the target has caught up (its CPU quiet for 3 s, at most
# IDLE_WAIT = 120 s), with a plan of the same shape (same connections, rooms, members and
# body: plan-bare.mjs --like), and the script prints the ratio of the two: for knee, the highest
# rate with p99 < THRESHOLD_MS of the target over the bare broker's (issue 14 aims at >= 0.7).
# PROCESSES (3) Node processes share a plan (connection i belongs to process i % PROCESSES) and start
# their steps together; each writes its result, merge.mjs merges them into one table: connections
# opened/held/dropped, deliveries/s, p50/p95/p99/max end to end, CPU of the server, of the generator
# and of everybody else, and the knee. Latency is measured on the machine's monotonic clock, so server
# and generator must run on this machine. The generator shares the cores with the server: its own CPU
# is in the table, and its event-loop delay p99 tells when it became the limit.
# Raises `ulimit -n` (both sides need one descriptor per connection), installs the generator's npm
# packages into benchmarks/stomp/node_modules when missing, and stops everything it started (also on
# Ctrl-C or failure). Output: benchmarks/target/stomp/<mode>-<time>/ (results.md; per server a folder
# with merged.json, the processes' results and logs, server.md, heap-histogram.txt in hold mode;
# broker-gc.log, the bare broker's GC pauses, summed up in results.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODE="${1:-${MODE:-rate}}"
case "$MODE" in
  hold)
    : "${CONNECTIONS:=10000}" "${RATES:=0}" "${WARMUP:=0}" "${DURATION:=60}" "${DRAIN:=0}" ;;
  rate)
    : "${CONNECTIONS:=2000}" "${RATE:=600}" "${WARMUP:=10}" "${DURATION:=30}" "${DRAIN:=5}"
    RATES="$RATE" ;;
  knee)
    : "${CONNECTIONS:=2000}" "${RATES:=200 400 600 800 1000 1200 1400}" "${WARMUP:=5}" "${DURATION:=15}" "${DRAIN:=3}" ;;
  selftest) # the harness itself: losses and duplicates planted in a small plan must be found, exactly
    CONNECTIONS=30 ROOM_SIZE=10 PROCESSES=3 RATES=60 WARMUP=2 DURATION=5 DRAIN=2 PLAN="" TARGET_URL="" ;;
  *)
    echo "usage: $0 hold|rate|knee|selftest (see the top of this script)" >&2
    exit 2 ;;
esac
: "${ROOM_SIZE:=10}"
: "${SEND:=stomp}"
: "${PROCESSES:=3}"
: "${HEARTBEAT_MS:=10000}"
: "${THRESHOLD_MS:=100}"
: "${BARE_BROKER_PORT:=18082}"
: "${SERVER_THREADS:=16}"
# 2 GB, not run.sh's 1 GB: 10,000 open connections keep about 90 MB per 1,000 alive in the broker
# (Tomcat's and Spring's per-session buffers; heap-histogram.txt of a hold run), 1 GB is then full
: "${JAVA_OPTS:=-Xms2g -Xmx2g}"
: "${MAVEN_FLAGS:=-B -o -q}"
: "${CONNECT_CONCURRENCY:=32}"
# new connections per second of all generator processes together while connecting; 0 = unpaced (every
# process opens CONNECT_CONCURRENCY at once, as fast as the machine lets it)
: "${CONNECT_RATE:=0}"
: "${CONNECT_WAIT:=900}"
: "${PLAN:=}"
: "${TARGET_URL:=}"
: "${TARGET_PID:=}"
: "${IDLE_WAIT:=120}"
COMPARE_DEFAULT=0
[[ -z "$PLAN" || "$MODE" == hold ]] || COMPARE_DEFAULT=1
: "${COMPARE:=$COMPARE_DEFAULT}"
export BARE_BROKER_PORT SERVER_THREADS

BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
STOMP="$ROOT/benchmarks/stomp"
OUT="$ROOT/benchmarks/target/stomp/$MODE-$(date +%Y%m%d-%H%M%S)"
BROKER_PID="" LOAD_PIDS=()

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

stop_generators() {
  local pid
  for pid in "${LOAD_PIDS[@]}"; do stop_pid "$pid" "load generator" 10; done
  LOAD_PIDS=()
}

finish() {
  local status=$?
  trap - EXIT INT TERM
  stop_generators
  stop_pid "$BROKER_PID" "bare broker" 30
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

server_stats() { # label pid port gc: heap (after a full GC when gc=1), threads, RSS, descriptors, sockets
  local label="$1" pid="$2" port="$3" gc="$4" heap="-" threads rss fds sockets="-"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  if [[ "$gc" == 1 ]] && command -v jcmd >/dev/null && jcmd "$pid" GC.run >/dev/null 2>&1; then
    heap="$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*heap *total \([0-9]*K\), used \([0-9]*K\).*/\2 of \1/p' | head -1)"
  fi
  threads="$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status")"
  rss="$(awk '/^VmRSS:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status")"
  fds="$(find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)"
  [[ -z "$port" ]] || sockets="$(ss -Htn state established "( sport = :$port )" 2>/dev/null | wc -l)"
  echo "| $label | ${heap:--} | $threads | $rss | $fds | $sockets |"
}

plan_port() { node -e 'console.log(new URL(require(process.argv[1]).url).port || 80)' "$1"; }

# Waits until the target has caught up (its CPU under 10 % of a core for 3 s in a row, at most
# IDLE_WAIT seconds), so the bare broker is not measured while the target still works off a backlog.
wait_until_idle() {
  local pid="$1" quiet=0 waited=0 before after
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 0
  before="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  while (( quiet < 3 && waited < IDLE_WAIT )); do
    sleep 1; waited=$((waited + 1))
    [[ -r "/proc/$pid/stat" ]] || return 0
    after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
    if (( after - before < $(getconf CLK_TCK) / 10 )); then quiet=$((quiet + 1)); else quiet=0; fi
    before="$after"
  done
  log "the target (pid $pid) was idle after ${waited} s$( (( quiet < 3 )) && echo ", or still busy at IDLE_WAIT")"
}

start_bare_broker() {
  port_open "$BARE_BROKER_PORT" && die "port $BARE_BROKER_PORT is taken: stop what runs there or set BARE_BROKER_PORT"
  log "starting the bare broker on port $BARE_BROKER_PORT ($SERVER_THREADS request threads, JAVA_OPTS=$JAVA_OPTS)"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Xlog:gc:file="$OUT/broker-gc.log" -Dloader.main=com.weighttracker.barebroker.BareBrokerApp \
    -jar "$BENCH_JAR" >"$OUT/broker.log" 2>&1 &
  BROKER_PID=$!
  for ((i = 0; i < 240; i++)); do
    port_open "$BARE_BROKER_PORT" && return 0
    kill -0 "$BROKER_PID" 2>/dev/null || { tail -30 "$OUT/broker.log" >&2; die "the bare broker exited during start-up"; }
    sleep 0.5
  done
  die "the bare broker did not listen within 120 s (log: $OUT/broker.log)"
}

# ------------------------------------------------------------------ one load run against one server

run_load() { # label plan pid -> $OUT/<label>/results.md and merged.json
  local label="$1" plan="$2" pid="$3" dir="$OUT/$1" port k ready status start_ms sleep_s connect_started
  local rate_list="${RATES// /,}" results=() stats="$OUT/$1/server.md"
  mkdir -p "$dir"
  port="$(plan_port "$plan")"
  {
    echo "| $label ($([[ -n "$pid" ]] && echo "pid $pid" || echo "no TARGET_PID")) | heap used after a full GC | threads | RSS | file descriptors | established sockets on :$port |"
    echo "|---|---:|---:|---:|---:|---:|"
    server_stats "before connecting" "$pid" "$port" 1
  } >"$stats"

  log "$label, $MODE: $PROCESSES generator processes, rates [$rate_list] msg/s, warm-up ${WARMUP}s, measured ${DURATION}s, drain ${DRAIN}s, heart-beat ${HEARTBEAT_MS} ms, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for ((k = 0; k < PROCESSES; k++)); do
    node "$STOMP/load.mjs" --plan "$plan" --slice "$k/$PROCESSES" --rates "$rate_list" \
      --warmup "$WARMUP" --duration "$DURATION" --drain "$DRAIN" --heartbeat "$HEARTBEAT_MS" \
      --connect-concurrency "$CONNECT_CONCURRENCY" --connect-rate "$CONNECT_RATE" --go-wait "$CONNECT_WAIT" \
      --ready-file "$dir/ready-$k" --go-file "$dir/go" --out "$dir/result-$k.json" \
      ${pid:+--server-pid "$pid"} >"$dir/load-$k.log" 2>&1 &
    LOAD_PIDS+=($!)
  done

  connect_started=$(date +%s)
  while :; do
    ready=$(find "$dir" -maxdepth 1 -name 'ready-*' | wc -l)
    ((ready == PROCESSES)) && break
    for k in "${LOAD_PIDS[@]}"; do
      kill -0 "$k" 2>/dev/null || { tail -20 "$dir"/load-*.log >&2; die "a generator exited while connecting"; }
    done
    (($(date +%s) - connect_started < CONNECT_WAIT)) || die "the generators did not connect within ${CONNECT_WAIT}s"
    sleep 1
  done
  cat "$dir"/load-*.log
  start_ms=$(($(date +%s%3N) + 2000))
  echo "$start_ms" >"$dir/go"
  log "all connected after $(($(date +%s) - connect_started)) s; the steps start"

  # 10 s before the end of the last measured window: a full GC only when no message is measured
  sleep_s=$(((start_ms + ($(wc -w <<<"$RATES") * (WARMUP + DURATION + DRAIN) - DRAIN - 10) * 1000 - $(date +%s%3N)) / 1000))
  if ((sleep_s > 0)); then # in the background: wait returns at once when a signal arrives
    sleep "$sleep_s" &
    wait $! || true
  fi
  if [[ "$MODE" == hold ]]; then
    server_stats "$CONNECTIONS connections held" "$pid" "$port" 1 >>"$stats"
    if [[ -n "$pid" ]] && command -v jcmd >/dev/null; then # what the held connections keep alive
      jcmd "$pid" GC.class_histogram 2>/dev/null | head -30 >"$dir/heap-histogram.txt" || true
    fi
  else
    server_stats "during the last step" "$pid" "$port" 0 >>"$stats"
  fi

  status=0
  for k in "${LOAD_PIDS[@]}"; do wait "$k" || status=$?; done
  LOAD_PIDS=()
  ((status == 0)) || { tail -20 "$dir"/load-*.log >&2; die "a generator failed (exit $status)"; }
  grep -h 'step' "$dir"/load-*.log || true
  server_stats "after closing" "$pid" "$port" "$([[ "$MODE" == hold ]] && echo 1 || echo 0)" >>"$stats"

  for ((k = 0; k < PROCESSES; k++)); do results+=("$dir/result-$k.json"); done
  {
    node "$STOMP/merge.mjs" --title "$label, $MODE" --threshold-ms "$THRESHOLD_MS" --clk-tck "$(getconf CLK_TCK)" \
      --json "$dir/merged.json" "${results[@]}"
    echo
    cat "$stats"
  } >"$dir/results.md"
  cat "$dir/results.md"
}

# ------------------------------------------------------------------ 1. tools, limits, build

command -v node >/dev/null || die "node (18+) is needed: apt-get install nodejs npm"
mkdir -p "$OUT"
if [[ -n "$PLAN" ]]; then
  [[ -f "$PLAN" ]] || die "no plan file $PLAN"
  cp "$PLAN" "$OUT/target-plan.json"
  CONNECTIONS="$(node -e 'console.log(require(process.argv[1]).connections.length)' "$OUT/target-plan.json")"
fi
ulimit -n "$((CONNECTIONS + 10000))" 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
(($(ulimit -n) > CONNECTIONS + 1000)) \
  || log "WARNING: ulimit -n is $(ulimit -n) (hard limit $(ulimit -Hn)); $CONNECTIONS connections need more on both sides"
read -r PORT_LOW PORT_HIGH </proc/sys/net/ipv4/ip_local_port_range
((PORT_HIGH - PORT_LOW > CONNECTIONS)) \
  || log "WARNING: only $((PORT_HIGH - PORT_LOW)) ephemeral ports (net.ipv4.ip_local_port_range) for $CONNECTIONS connections"

if [[ ! -d "$STOMP/node_modules/@stomp/stompjs" || ! -d "$STOMP/node_modules/ws" ]]; then
  log "installing the generator's packages (npm ci in benchmarks/stomp)"
  (cd "$STOMP" && npm ci --no-audit --no-fund --loglevel=error)
fi

BARE_NEEDED=0
if [[ -z "$PLAN" && -z "$TARGET_URL" ]] || [[ "$COMPARE" == 1 ]]; then BARE_NEEDED=1; fi
if [[ "$BARE_NEEDED" == 1 ]]; then
  if [[ ! -f "$BENCH_JAR" ]] || [[ -n "$(find "$ROOT/benchmarks/src" "$ROOT/benchmarks/pom.xml" -newer "$BENCH_JAR" -print -quit)" ]]; then
    log "building the benchmarks jar (./mvnw $MAVEN_FLAGS -Pbenchmarks -pl benchmarks -am package -DskipTests)"
    # shellcheck disable=SC2086
    ./mvnw $MAVEN_FLAGS -Pbenchmarks -pl benchmarks -am package -DskipTests
  fi
fi

# ------------------------------------------------------------------ 2. the runs

if [[ -n "$PLAN" ]]; then
  log "plan $PLAN: $(node -e 'const p = require(process.argv[1]); console.log(`${p.connections.length} connections, ${p.rooms.length} rooms, ${p.url}`)' "$OUT/target-plan.json")"
  run_load target "$OUT/target-plan.json" "$TARGET_PID"
  if [[ "$COMPARE" == 1 ]]; then
    wait_until_idle "$TARGET_PID"
    start_bare_broker
    node "$STOMP/plan-bare.mjs" --like "$OUT/target-plan.json" --url "ws://127.0.0.1:$BARE_BROKER_PORT/v1/ws" --out "$OUT/bare-plan.json"
    run_load bare "$OUT/bare-plan.json" "$BROKER_PID"
  fi
elif [[ "$MODE" == selftest ]]; then
  start_bare_broker
  node "$STOMP/plan-bare.mjs" --url "ws://127.0.0.1:$BARE_BROKER_PORT/v1/ws" --connections 30 --room-size 10 --out "$OUT/plan.json"
  # connection 3 (room 0) never subscribes: one loss per message into room 0, all sent by process 0;
  # connection 15 (room 1) subscribes twice: one duplicate per message into room 1, sent by process 1
  node -e '
    const plan = require(process.argv[1]);
    plan.connections[3].subscribe = [];
    plan.connections[15].subscribe.push(plan.connections[15].subscribe[0]);
    require("fs").writeFileSync(process.argv[2], JSON.stringify(plan));' "$OUT/plan.json" "$OUT/faulty-plan.json"
  run_load selftest "$OUT/faulty-plan.json" "$BROKER_PID"
  node -e '
    const [merged, ...results] = process.argv.slice(1).map((file) => require(file));
    const step = merged.steps[0];
    const intoRoom = results.map((result) => result.steps[0].sent);
    const checks = [
      ["connections opened", merged.connections.opened, 30], ["connections dropped", merged.connections.dropped, 0],
      ["messages sent", step.sent, intoRoom[0] + intoRoom[1] + intoRoom[2]],
      ["lost (room 0 has a member without subscription)", step.lost, intoRoom[0]],
      ["duplicates (a member of room 1 subscribed twice)", step.duplicates, intoRoom[1]],
      ["deliveries measured", step.received, 10 * step.sent - intoRoom[0]],
    ];
    let failed = 0;
    for (const [what, actual, expected] of checks) {
      const ok = actual === expected && (what !== "messages sent" || actual > 0);
      if (!ok) failed++;
      console.log(`${ok ? "ok  " : "FAIL"} ${what}: ${actual}${ok ? "" : `, expected ${expected}`}`);
    }
    console.log(failed ? `selftest: ${failed} check(s) failed` : "selftest: passed");
    process.exit(failed ? 1 : 0);' "$OUT/selftest/merged.json" "$OUT"/selftest/result-{0,1,2}.json
else
  if [[ -z "$TARGET_URL" ]]; then
    start_bare_broker
    TARGET_URL="ws://127.0.0.1:$BARE_BROKER_PORT/v1/ws"
    TARGET_PID="$BROKER_PID"
  fi
  node "$STOMP/plan-bare.mjs" --url "$TARGET_URL" --connections "$CONNECTIONS" --room-size "$ROOM_SIZE" --send "$SEND" \
    --out "$OUT/bare-plan.json"
  log "plan: $CONNECTIONS connections in rooms of $ROOM_SIZE at $TARGET_URL"
  run_load bare "$OUT/bare-plan.json" "$TARGET_PID"
fi

# ------------------------------------------------------------------ 3. the report

MEASURED="${PLAN:+target from $PLAN}"
if [[ -n "$BROKER_PID" ]]; then
  MEASURED="${MEASURED:+$MEASURED, }bare broker ($SERVER_THREADS request threads, JAVA_OPTS=$JAVA_OPTS)"
elif [[ -n "$TARGET_URL" ]]; then
  MEASURED="${MEASURED:+$MEASURED, }broker at $TARGET_URL"
fi
{
  for label in target bare selftest; do [[ ! -f "$OUT/$label/results.md" ]] || { cat "$OUT/$label/results.md"; echo; }; done
  if [[ -f "$OUT/broker-gc.log" ]]; then # a latency spike of every connection at once is often one of these
    awk '/Pause/ { n++; ms = $NF; sub(/ms$/, "", ms); ms += 0; total += ms; if (ms > max) max = ms }
      END { printf "bare broker GC pauses from its start to its end: %d, %.0f ms in all, the longest %.0f ms%s\n\n", n, total, max, note }' \
      note="$([[ "$MODE" != hold ]] || echo " (with the full GCs that weigh the heap)")" "$OUT/broker-gc.log"
  fi
  if [[ -f "$OUT/target/merged.json" && -f "$OUT/bare/merged.json" ]]; then
    node -e '
      const [target, bare] = process.argv.slice(1).map((file) => require(file));
      const p99 = (m) => m.steps.map((s) => `${s.rate}: ${s.latencyMs.p99?.toFixed(1) ?? "-"} ms`).join(", ");
      console.log(`p99 by rate, target: ${p99(target)}`);
      console.log(`p99 by rate, bare broker: ${p99(bare)}`);
      if (target.knee && bare.knee) {
        console.log(`highest rate with p99 < ${target.thresholdMs} ms: target ${target.knee.rate} msg/s, bare broker ${bare.knee.rate} msg/s, ratio ${(target.knee.rate / bare.knee.rate).toFixed(2)}`);
      } else {
        console.log(`highest rate with p99 < ${target.thresholdMs} ms: target ${target.knee?.rate ?? "none"}, bare broker ${bare.knee?.rate ?? "none"}`);
      }' "$OUT/target/merged.json" "$OUT/bare/merged.json"
    echo
  fi
  echo "$(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- benchmarks || echo '+changes'), $(nproc) cores,"\
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(wc -w <<<"$RATES") step(s), $PROCESSES generator processes,"\
    "$MEASURED"
} >"$OUT/results.md"
echo
echo "==================================================================== $OUT/results.md"
cat "$OUT/results.md"
log "done"
