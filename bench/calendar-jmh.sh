#!/usr/bin/env bash
# JMH benchmarks of the calendar arithmetic (issue 3), vn.doithoai.calendar.CalendarBenchmarks:
# throughput in operations per second, one thread, one fork.
# Goals: addWorkingDays ≥ 5 000 000 ops/s, LunarCalendar.toLunar ≥ 1 000 000 ops/s.
#
# Usage: bench/calendar-jmh.sh [extra JMH options]      (from anywhere; JAVA_HOME = JDK 25)
#   WARMUP_ITERATIONS=3 WARMUP_TIME=1s ITERATIONS=5 TIME=1s FORKS=1 THREADS=1   (defaults)
#   BENCHMARKS=regex   only the matching benchmarks (default: all of CalendarBenchmarks)
#   e.g. ITERATIONS=10 bench/calendar-jmh.sh -rf json -rff target/calendar-jmh.json
set -euo pipefail
cd "$(dirname "$0")/.."

warmup_iterations=${WARMUP_ITERATIONS:-3}
warmup_time=${WARMUP_TIME:-1s}
iterations=${ITERATIONS:-5}
time=${TIME:-1s}
forks=${FORKS:-1}
threads=${THREADS:-1}
benchmarks=${BENCHMARKS:-vn.doithoai.calendar.CalendarBenchmarks}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
classpath_file=target/calendar-jmh.classpath

# Compiles main and test code (the JMH annotation processor writes the harness into
# target/test-classes) and writes the test class path to a file.
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

exec "$java" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main "$benchmarks" \
  -bm thrpt -tu s -t "$threads" -f "$forks" \
  -wi "$warmup_iterations" -w "$warmup_time" -i "$iterations" -r "$time" \
  "$@"
