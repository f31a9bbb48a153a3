#!/usr/bin/env bash
# The live conference's public display under load (issue 6): the real application (jar, fresh
# demo data, heap capped at 512 MB) opens the demo conference held today, N display pages
# (default 500) subscribe to /xa/21172/hoi-nghi/{id}/man-hinh/su-kien, and the secretary saves
# a turn through the console's own entry (PUT …/live/turns/{turn}, logged in with a session)
# R times (default 10). Goal: each display sees each saved turn within 1 s.
# Usage: bench/meeting-display.sh [connections] [rounds]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-500}
rounds=${2:-10}
jar=$(ls target/doithoai-*.jar | grep -v plain | head -1)
port=18093
base="http://localhost:$port"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
DOITHOAI_DATA_DIR="$work/data" "$java" -Xmx512m -XX:+UseG1GC -jar "$jar" --server.port=$port > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
until curl -s "$base/api/v1/public/communes/21172/conferences" | grep -q "\"$today\""; do sleep 0.5; done
id=$(curl -s "$base/api/v1/public/communes/21172/conferences" \
  | python3 -c "import json,sys; print([c['id'] for c in json.load(sys.stdin) if c['date']=='$today'][0])")
cookies="$work/cookies"
login_csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=vanphong" \
  --data-urlencode "password=doithoai-demo" --data-urlencode "_csrf=$login_csrf" "$base/login"
console() { curl -s -c "$cookies" -b "$cookies" "$base/staff/21172/conferences/$id/live"; }
csrf=$(console | sed -n 's/.*data-csrf="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$cookies" -b "$cookies" -o /dev/null -H "X-CSRF-TOKEN: $csrf" -X POST "$base/staff/21172/conferences/$id/live/start"
turn=$(console | sed -n 's/.*data-target="turn:\([0-9]*\)".*/\1/p' | head -1)
echo 0 > "$work/version"
cat > "$work/save-turn.sh" <<SAVE
#!/usr/bin/env bash
set -euo pipefail
v=\$(cat "$work/version")
body="{\"entryId\":\"\$(cat /proc/sys/kernel/random/uuid)\",\"baseVersion\":\$v,\"question\":\"Lần ghi thứ \$v\"}"
curl -fsS -o /dev/null -b "$cookies" -H "X-CSRF-TOKEN: $csrf" -H "Content-Type: application/json" \
  -X PUT --data "\$body" "$base/staff/21172/conferences/$id/live/turns/$turn"
echo \$((v + 1)) > "$work/version"
SAVE
chmod +x "$work/save-turn.sh"
echo "conference $id, turn $turn, $connections displays, $rounds saves"
"$java" -Drounds="$rounds" bench/DisplayFanout.java "$base/xa/21172/hoi-nghi/$id/man-hinh/su-kien" "$connections" \
  "$work/save-turn.sh"
echo "saves stored: $(cat "$work/version")"
jcmd $pid GC.heap_info 2>/dev/null | head -3 || true
echo "errors in the log: $(grep -c " ERROR " "$work/app.log" || true)"; grep -m3 -A2 " ERROR " "$work/app.log" || true
