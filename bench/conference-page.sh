#!/usr/bin/env bash
# The public conference page under load: starts the app on a fresh embedded database with the
# demo data, adds 100 announced conferences through the secretary's own pages, then runs wrk
# with 64 connections on one conference's public page and on the commune page that lists them.
# Usage: bench/conference-page.sh [seconds]   (build first: ./mvnw -DskipTests package; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
jar=$(ls target/doithoai-*.jar | grep -v plain | head -1)
port=18090
base="http://localhost:$port"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
DOITHOAI_DATA_DIR="$work/data" "$java" -jar "$jar" --server.port=$port > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -s "$base/api/v1/public/communes" | grep -q 21172; do sleep 0.5; done

jar_cookies="$work/cookies"
csrf() { curl -s -b "$jar_cookies" -c "$jar_cookies" "$1" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//;s/"//'; }
token=$(csrf "$base/login")
curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "username=vanphong&password=doithoai-demo&_csrf=$token" "$base/login"
year=$(( $(date +%Y) + 1 ))
first=""
for i in $(seq 1 100); do
  token=$(csrf "$base/staff/21172/conferences/new")
  location=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "kind=PERIODIC" --data-urlencode "title=Hội nghị đối thoại thử tải số $i" \
    --data-urlencode "date=$(( (i % 28) + 1 ))/$(( (i % 12) + 1 ))/$year" --data-urlencode "start=07:30" \
    --data-urlencode "end=11:00" --data-urlencode "venue=Hội trường UBND phường" --data-urlencode "allAreas=true" \
    --data-urlencode "topics=Đất đai" --data-urlencode "chair=Chủ tịch UBND phường" \
    --data-urlencode "requestKey=bench-$i-$$" --data-urlencode "_csrf=$token" "$base/staff/21172/conferences/new")
  id=${location##*/}
  for step in schedule announce; do
    version=$([ "$step" = schedule ] && echo 0 || echo 1)
    token=$(csrf "$base/staff/21172/conferences/$id")
    curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -d "version=$version&_csrf=$token" \
      "$base/staff/21172/conferences/$id/$step"
  done
  first=${first:-$id}
done
echo "conference page: $base/xa/21172/hoi-nghi/$first"
curl -s -o /dev/null -w 'status %{http_code}\n' "$base/xa/21172/hoi-nghi/$first"
for i in 1 2; do wrk -t2 -c64 -d5s "$base/xa/21172/hoi-nghi/$first" > /dev/null; done
wrk -t2 -c64 -d"${seconds}s" --latency "$base/xa/21172/hoi-nghi/$first"
echo "commune page (lists every announced conference): $base/xa/21172"
wrk -t2 -c64 -d"${seconds}s" --latency "$base/xa/21172"
