#!/usr/bin/env bash
# Staff search over 1,000,000 generated petitions (issue 5), vn.doithoai.petition.PetitionSearchBenchmark:
# boots the application on an embedded PostgreSQL kept in a data folder (default
# target/petition-bench, so that the load is done once), loads the petitions with COPY if they
# are not there yet (60 % in the demo ward 21172, the rest over the four other demo communes),
# then times PetitionSearch over a mixed query set and a plain ILIKE scan of the same queries.
# The JVM runs with -Xmx512m and reports the most heap it used.
# Goal: staff search p95 ≤ 100 ms.
# Usage: bench/petition-search.sh [data folder [application options]]   (JAVA_HOME = JDK 25)
#   -Dpetitions=N (default 1000000), -DloadOnly=true, -Drounds=N (timed rounds, default 5)
#   go in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
classpath_file=target/bench.classpath
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec "$java" -Xmx512m ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  vn.doithoai.petition.PetitionSearchBenchmark "${1:-target/petition-bench}" "${@:2}"
