#!/usr/bin/env bash
# What the job path asks of PostgreSQL per trivial job (docs/performance.md "Statements per job"):
# a fresh copy of the built server (target/wildfly with target/qrun.war, from `mvn package`) on a
# new database qrun_bench whose sessions log every statement (log_statement = all, set on that
# database only), a warm-up of 200 jobs, then JOBS Bell jobs (100 shots) on the queue-less
# simulator with 64 clients to completion. Counted from PostgreSQL's log over the measured jobs
# only: statements per job (every execute, BEGIN and COMMIT, the driver's few polls included),
# transactions per job (pg_stat_database's xact_commit: each explicit transaction and each
# statement run outside one), and the statement kinds, most frequent first.
# Usage:
#   bench/statements-per-job.sh                  # JOBS=1000
#   PG_LOG=/path/to/postgresql.log bench/statements-per-job.sh
# PG_LOG defaults to Debian's /var/log/postgresql/postgresql-15-main.log (the server's stderr).
# The server copy is target/bench-wildfly-postgresql on port offset 400 (HTTP 8480); every wait
# has a deadline; the server is stopped at the end, also on failure. Statement logging slows the
# database: the times this run prints are not figures, the counts are.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-1000}
pg_log=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
psql_=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)

[ -r "$pg_log" ] || { echo "cannot read PostgreSQL's log $pg_log (set PG_LOG)" >&2; exit 1; }
bench_on_stop() {
  "${psql_[@]}" -d postgres -c "ALTER DATABASE qrun_bench RESET log_statement" >/dev/null 2>&1 || true
}
# shellcheck source=bench/bench-server.sh
. bench/bench-server.sh
bench_server_start postgresql "ALTER DATABASE qrun_bench SET log_statement = 'all'"
driver() { java tools/load/LoadDriver.java --url "$url" --key "$key" "$@"; }

echo "== $(date -u +%FT%TZ) head $(git rev-parse --short HEAD), warm-up: 200 jobs"
driver --mode load --jobs 200 --concurrency 64 --shots 100 --backend qrun_simulator | grep 'all final'
first=$(( $(wc -l < "$pg_log") + 1 ))
commits() { "${psql_[@]}" -d postgres -c "SELECT xact_commit FROM pg_stat_database WHERE datname = 'qrun_bench'"; }
c0=$(commits)
echo "== measured: $jobs jobs, 64 clients, Bell 100 shots, qrun_simulator"
driver --mode load --jobs "$jobs" --concurrency 64 --shots 100 --backend qrun_simulator | grep 'all final'
sleep 1
c1=$(commits)
statements=$(tail -n +"$first" "$pg_log" | grep 'qrun_bench' \
  | sed -nE 's/.*LOG:  (execute [^:]+|statement): (.*)/\2/p' | cut -c1-100)
printf '== per job: %.1f statements, %.1f transactions\n' \
  "$(echo "$statements" | wc -l | awk -v n="$jobs" '{print $1 / n}')" "$(awk -v a="$c0" -v b="$c1" -v n="$jobs" 'BEGIN {print (b - a) / n}')"
echo "$statements" | sort | uniq -c | sort -rn | awk -v n="$jobs" '$1 / n >= 0.05 {c = $1; $1 = ""; printf "%6.2f %s\n", c / n, $0}'
