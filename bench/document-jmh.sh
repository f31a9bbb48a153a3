#!/usr/bin/env bash
# JMH benchmarks of official documents (issue 4), vn.doithoai.document.DocumentBenchmarks:
# average time per rendering in milliseconds, one thread, one fork.
# Goal: the PDF of a three-page KẾ HOẠCH in ≤ 300 ms, warm.
#
# Usage: bench/document-jmh.sh [extra JMH options]      (from anywhere; JAVA_HOME = JDK 25)
#   WARMUP_ITERATIONS=5 WARMUP_TIME=2s ITERATIONS=5 TIME=2s FORKS=1 THREADS=1   (defaults)
#   BENCHMARKS=regex   only the matching benchmarks (default: all of DocumentBenchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."

warmup_iterations=${WARMUP_ITERATIONS:-5}
warmup_time=${WARMUP_TIME:-2s}
iterations=${ITERATIONS:-5}
time=${TIME:-2s}
forks=${FORKS:-1}
threads=${THREADS:-1}
benchmarks=${BENCHMARKS:-vn.doithoai.document.DocumentBenchmarks}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
classpath_file=target/document-jmh.classpath

# Compiles main and test code (the JMH annotation processor writes the harness into
# target/test-classes) and writes the test class path to a file.
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

exec "$java" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main "$benchmarks" \
  -bm avgt -tu ms -t "$threads" -f "$forks" \
  -wi "$warmup_iterations" -w "$warmup_time" -i "$iterations" -r "$time" \
  "$@"
