#!/usr/bin/env bash
# JMH benchmarks of official documents, vn.doithoai.document.DocumentBenchmarks:
# average time per rendering in milliseconds, one thread, one fork.
# Goals: the PDF of a three-page KẾ HOẠCH in ≤ 300 ms (issue 4); the PDF of the minutes of a
# 60-exchange dialogue in ≤ 1 s (issue 6); warm.
# Usage: bench/document-jmh.sh [extra JMH options]   (JAVA_HOME = JDK 25; see bench/jmh.sh)
# One group only: BENCHMARKS='DocumentBenchmarks.minutes' bench/document-jmh.sh
BENCHMARKS=${BENCHMARKS:-vn.doithoai.document.DocumentBenchmarks} MODE=${MODE:-avgt} UNIT=ms \
  WARMUP_ITERATIONS=${WARMUP_ITERATIONS:-5} WARMUP_TIME=${WARMUP_TIME:-2s} TIME=${TIME:-2s} \
  exec "$(dirname "$0")/jmh.sh" "$@"
