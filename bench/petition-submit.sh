#!/usr/bin/env bash
# Citizens' submissions under load: POST /api/v1/public/petitions for N seconds (default 60)
# on loopback, each with its own Idempotency-Key, the abuse guards switched off as for an
# integration behind a gateway, heap capped at 512 MB; then checks that the rows in the
# database equal the 201 answers (zero lost).
# Usage: bench/petition-submit.sh [seconds] [connections]   (build first: ./mvnw -DskipTests package; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-32}
jar=$(ls target/doithoai-*.jar | grep -v plain | head -1)
port=18091
base="http://localhost:$port"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
work=$(mktemp -d)
DOITHOAI_DATA_DIR="$work/data" "$java" -Xmx512m -XX:+UseG1GC -jar "$jar" --server.port=$port \
  --doithoai.public.rate-limit.enabled=false --doithoai.public.challenge.enabled=false ${BENCH_APP_ARGS:-} \
  > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -s "$base/api/v1/public/communes" | grep -q 21172; do sleep 0.5; done
pg_port=$(sed -n 4p "$(find "$work/data" -name postmaster.pid | head -1)")
count() { "$java" -cp "$pgjdbc" bench/CountRows.java "jdbc:postgresql://localhost:$pg_port/postgres" "select count(*) from petition"; }
before=$(count)
wrk -t2 -c16 -d5s -s bench/petition-submit.lua "$base" > /dev/null   # warm-up
warm=$(count)
out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/petition-submit.lua "$base")
echo "$out"
after=$(count)
created=$(echo "$out" | sed -n 's/^status 201: //p')
echo "rows before the run: $warm, after: $after, new rows: $(( after - warm )), 201 answers: ${created:-0}"
heap=$(jcmd $pid GC.heap_info 2>/dev/null | head -3 || true)
echo "$heap"
echo "errors in the log: $(grep -c " ERROR " "$work/app.log" || true)"; grep -m3 -A2 " ERROR " "$work/app.log" || true
