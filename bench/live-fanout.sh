#!/usr/bin/env bash
# Live display fan-out (issue 6): how long a saved turn takes to reach many display pages.
# Starts vn.doithoai.system.LiveUpdatesFanoutBenchmark (the application with a stand-in display:
# node A on a fresh embedded database and, by default, node B on the same database), opens the
# streams on node B with bench/DisplayFanout.java, and saves a turn on node A with curl, so that
# every change crosses nodes through PostgreSQL. Goal: each display sees the turn within 1 s.
# Usage: bench/live-fanout.sh [connections (500) [rounds (10)]]   (JAVA_HOME = JDK 25)
#   NODES=1 streams from the node that saves; PORT (18091) is node A's port, node B takes the next.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-500}
rounds=${2:-10}
nodes=${NODES:-2}
port=${PORT:-18091}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
classpath_file=target/bench.classpath
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
work=$(mktemp -d)
"$java" -Xmx1g -Dnodes="$nodes" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  vn.doithoai.system.LiveUpdatesFanoutBenchmark "$work/data" "$port" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -qs '^ready$' "$work/app.log"; do
  kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.5
done
display_port=$(( nodes > 1 ? port + 1 : port ))
echo "application before: $(grep -E 'Threads|VmRSS' /proc/$pid/status | tr -s '\t\n' '  ')"
"$java" -Drounds="$rounds" bench/DisplayFanout.java "http://localhost:$display_port/xa/live-bench/hoi-nghi-1" \
  "$connections" sh -c "curl -fsS -X POST http://localhost:$port/api/v1/public/live-bench/hoi-nghi-1 \
  && grep -E 'Threads|VmRSS' /proc/$pid/status | tr -s '\t\n' '  ' > $work/threads"
echo "application with the streams open: $(cat "$work/threads")"
grep -E 'WARN|ERROR' "$work/app.log" | grep -v SpringDoc || true
