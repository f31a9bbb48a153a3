#!/usr/bin/env bash
# Time from `java -jar` to the first HTTP 200 on /api/v1/public/communes that lists the demo
# communes (the demo data are loaded just after the server starts), with a cold data folder (new embedded
# PostgreSQL: initdb, migrations, demo data) and warm (same folder again), and the resident
# memory two seconds after. Then the same with a JDK 25 AOT cache (JEP 483/514) made by one
# training run of the extracted jar.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/doithoai-*.jar | grep -v plain | head -1)
port=18080
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)

measure() {
  local label=$1 dir=$2
  shift 2
  local start end pid rss
  start=$(date +%s%N)
  DOITHOAI_DATA_DIR="$dir" "$java" "$@" --server.port=$port > "$work/app.log" 2>&1 &
  pid=$!
  until curl -s "http://localhost:$port/api/v1/public/communes" 2>/dev/null | grep -q 21172; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "app died:"; tail -20 "$work/app.log"; exit 1; }
  done
  end=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%s\t%.2f s\t%d MB\n' "$label" "$(echo "($end - $start) / 1000000000" | bc -l)" $((rss / 1024))
}

for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  measure "java -jar, cold" "$work/data" -jar "$jar"
  measure "java -jar, warm" "$work/data" -jar "$jar"
done

"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app="$work/app/$(basename "$jar")"
rm -rf "$work/data"
DOITHOAI_DATA_DIR="$work/data" "$java" -XX:AOTCacheOutput="$work/app.aot" -jar "$app" --server.port=$port \
  > "$work/train.log" 2>&1 &
pid=$!
until curl -s -o /dev/null "http://localhost:$port/"; do sleep 0.1; done
curl -s -o /dev/null "http://localhost:$port/login"
kill $pid; wait $pid 2>/dev/null || true
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  measure "AOT cache, cold" "$work/data" -XX:AOTCache="$work/app.aot" -jar "$app"
  measure "AOT cache, warm" "$work/data" -XX:AOTCache="$work/app.aot" -jar "$app"
done
rm -rf "$work"
