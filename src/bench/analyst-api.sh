#!/usr/bin/env bash
# Load test of the analyst API on loopback (issue 6), with its baselines measured in the same run.
#
#   src/bench/analyst-api.sh            # needs a loaded database, e.g.
#   java -jar target/peacewatch.jar generate --articles 1000000 --url jdbc:postgresql://127.0.0.1:5432/pw_bench
#
# Environment: DB (pw_bench), PORT (8086), DURATION (30s), CONNECTIONS (16), ACTOR (putin), TOPIC (ceasefire),
# Q ("ceasefire talks"). Needs wrk, pgbench and psql on PATH and PostgreSQL on 127.0.0.1:5432 (user postgres).
#
# It measures, one after another:
#   1. GET /api/v1/timeline  (one year, daily, actor AND topic, share included) with wrk, at CONNECTIONS and at 1
#      (the same request repeated: after the first, answered from the answer cache), then with every request
#      different (src/bench/rotate.lua: uncached, and cached over 8 pairs), and GET /actuator/health as the floor a no-op request costs on this machine at that moment
#   2. the same timeline from the raw tables through the API (peacewatch.timeline.rollups=false, answer cache off)
#   3. the straightforward GROUP BY over the raw tables for the same answer, with pgbench (no HTTP), at CONNECTIONS
#      clients and at 1
#   4. GET /api/v1/articles?q=... (relevance-ranked first page with snippets) with wrk, at CONNECTIONS and at 1
#   5. the straightforward search over the raw columns (tsvector computed per row), with pgbench, 1 client
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DB:-pw_bench}
PORT=${PORT:-8086}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
ACTOR=${ACTOR:-putin}
TOPIC=${TOPIC:-ceasefire}
Q=${Q:-ceasefire talks}
TO=$(date -u +%Y-%m-%d)
FROM=$(date -u -d "$TO - 365 days" +%Y-%m-%d)
SECONDS_PER_RUN=${DURATION%s}
OUT=target/bench
mkdir -p "$OUT"

[ -f target/peacewatch.jar ] || ./mvnw -B -q -DskipTests package

APP=""
stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi
}
trap stop_app EXIT

start_app() { # $1: extra Spring arguments
  java -Xms512m -Xmx1g -jar target/peacewatch.jar --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --peacewatch.ingest.enabled=false --peacewatch.sources.defaults-enabled=false \
    --logging.level.root=WARN "$@" > "$OUT/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; then return 0; fi
    sleep 0.5
  done
  echo "the application did not start; see $OUT/app.log" >&2
  exit 1
}

run_wrk() { # $1: label, $2: connections, $3: url, $4: wrk script (default: the reporter alone)
  local threads=$(( $2 < 2 ? 1 : 2 )) script=${4:-src/bench/report.lua}
  wrk -t"$threads" -c"$2" -d"${WARMUP:-20s}" -s "$script" "$3" > /dev/null # warm-up: JIT, connection pool, PostgreSQL buffers
  local line
  line=$(wrk -t"$threads" -c"$2" -d"$DURATION" --timeout 60s -s "$script" "$3" | grep '^RESULT')
  echo "$1 $line" | tee -a "$OUT/results.txt"
}

run_pgbench() { # $1: label, $2: clients, $3: script, rest: -D definitions
  local label=$1 clients=$2 script=$3
  shift 3
  rm -f "$OUT"/pgbench_log.*
  (cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -c "$clients" -j "$clients" -T "$SECONDS_PER_RUN" \
      --log --log-prefix=pgbench_log -f "../../$script" "$@" "$DB" > pgbench.out 2>&1)
  local count p50 p95 p99 tps
  count=$(cat "$OUT"/pgbench_log.* | wc -l)
  read -r p50 p95 p99 < <(cat "$OUT"/pgbench_log.* | awk '{print $3/1000}' | sort -n | awk -v n="$count" '
    function at(q,  i) { i = int(n * q); if (i < 1) i = 1; return v[i] }
    { v[NR] = $1 } END { printf "%.2f %.2f %.2f\n", at(0.50), at(0.95), at(0.99) }')
  tps=$(awk -v n="$count" -v s="$SECONDS_PER_RUN" 'BEGIN { printf "%.1f", n / s }')
  echo "$label RESULT requests=$count rps=$tps p50_ms=$p50 p95_ms=$p95 p99_ms=$p99" | tee -a "$OUT/results.txt"
}

ENCODED_Q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$Q")
TIMELINE="http://127.0.0.1:$PORT/api/v1/timeline?actor=$ACTOR&topic=$TOPIC&from=$FROM&to=$TO&interval=day"
SEARCH="http://127.0.0.1:$PORT/api/v1/articles?q=$ENCODED_Q&limit=50"

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
  echo "# articles=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc 'select count(*) from article') tag rows=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc 'select (select count(*) from article_actor) + (select count(*) from article_topic)')"
  echo "# timeline: $TIMELINE"
  echo "# search:   $SEARCH"
} | tee "$OUT/results.txt"

start_app
curl -sf "$TIMELINE" -o "$OUT/timeline.json" && head -c 300 "$OUT/timeline.json"; echo
run_wrk "timeline(rollups)" "$CONNECTIONS" "$TIMELINE"
run_wrk "timeline(rollups,1-connection)" 1 "$TIMELINE"
# Each request a different timeline: rotate.lua's 2 threads x 4 pairs x 365 windows outnumber the cache (every request
# recomputed), its 2 x 4 pairs x 1 window fit in it (every request a hit, but not the same one).
PAIRS=4 DAYS=365 FROM=$FROM run_wrk "timeline(rotating,uncached)" "$CONNECTIONS" "http://127.0.0.1:$PORT" src/bench/rotate.lua
PAIRS=4 DAYS=1 FROM=$FROM run_wrk "timeline(rotating-8-pairs,cached)" "$CONNECTIONS" "http://127.0.0.1:$PORT" src/bench/rotate.lua
run_wrk "health(no-op-floor)" "$CONNECTIONS" "http://127.0.0.1:$PORT/actuator/health"
run_wrk "search" "$CONNECTIONS" "$SEARCH"
run_wrk "search(1-connection)" 1 "$SEARCH"
stop_app

start_app --peacewatch.timeline.rollups=false --peacewatch.timeline.cache-size=0
run_wrk "timeline(raw-through-api)" "$CONNECTIONS" "$TIMELINE"
stop_app

run_pgbench "timeline-baseline(raw-group-by-sql)" "$CONNECTIONS" src/bench/baseline-timeline.sql \
  -D "actor='$ACTOR'" -D "topic='$TOPIC'" -D "from='$FROM'" -D "to='$TO'"
run_pgbench "timeline-baseline(raw-group-by-sql,1-client)" 1 src/bench/baseline-timeline.sql \
  -D "actor='$ACTOR'" -D "topic='$TOPIC'" -D "from='$FROM'" -D "to='$TO'"
run_pgbench "search-baseline(raw-sql,1-client)" 1 src/bench/baseline-search.sql -D "q='$Q'"
echo "results in $OUT/results.txt"
