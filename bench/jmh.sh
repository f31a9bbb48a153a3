#!/usr/bin/env bash
# Runs JMH benchmarks from the test sources (the JMH annotation processor writes the harness
# into target/test-classes). Used by calendar-jmh.sh and document-jmh.sh, which set the defaults.
#   BENCHMARKS=regex (required)  MODE=thrpt|avgt|sample  UNIT=s|ms
#   WARMUP_ITERATIONS WARMUP_TIME ITERATIONS TIME FORKS THREADS, and extra JMH options as arguments
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
classpath_file=target/jmh.classpath
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec "$java" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main "$BENCHMARKS" \
  -bm "${MODE:-thrpt}" -tu "${UNIT:-s}" -t "${THREADS:-1}" -f "${FORKS:-1}" \
  -wi "${WARMUP_ITERATIONS:-3}" -w "${WARMUP_TIME:-1s}" -i "${ITERATIONS:-5}" -r "${TIME:-1s}" \
  "$@"
