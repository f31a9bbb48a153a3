#!/usr/bin/env bash
# JMH benchmarks of the calendar arithmetic (issue 3), vn.doithoai.calendar.CalendarBenchmarks:
# throughput in operations per second, one thread, one fork.
# Goals: addWorkingDays ≥ 5 000 000 ops/s, LunarCalendar.toLunar ≥ 1 000 000 ops/s.
# Usage: bench/calendar-jmh.sh [extra JMH options]   (JAVA_HOME = JDK 25; see bench/jmh.sh)
BENCHMARKS=${BENCHMARKS:-vn.doithoai.calendar.CalendarBenchmarks} MODE=thrpt UNIT=s \
  exec "$(dirname "$0")/jmh.sh" "$@"
