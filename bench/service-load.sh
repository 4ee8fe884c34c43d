#!/usr/bin/env bash
# The service figures of docs/performance.md, in one run: a fresh copy of the built server
# (target/wildfly with target/qrun.war, from `mvn package`) on H2 or PostgreSQL, then
# tools/load/LoadDriver.java in four modes:
#   warm-up     WARMUP submissions to the paused QPU and COMPLETION_WARMUP jobs end to end on the
#               simulator, not counted: on 2 cores the JIT compiles the job path for tens of
#               thousands of requests (submissions/s climbed from 380 to 1,000 over the first 70,000
#               on H2, docs/performance.md), and a server in service is warm
#   bound       64 clients send GET /users/me (the API key checked, the user read): what any
#               authenticated request costs, side by side with a submission
#   submission  64 clients submit Bell jobs to a paused QPU backend (nothing executes meanwhile):
#               accepted submissions/s and the latency percentiles (after a warm-up run)
#   overhead    sequential Bell jobs (100 shots) on the queue-less simulator, each submitted when
#               the previous one is final: how long after its POST returned each job ended
#   completion  64 clients submit Bell jobs (100 shots) to the simulator and the driver waits until
#               every one is final: jobs/s end to end
# Usage:
#   bench/service-load.sh [h2|postgresql]        (default h2)
#   JOBS=20000 SEQUENTIAL=1000 bench/service-load.sh postgresql
#   WARMUP=3000 COMPLETION_WARMUP=0 bench/service-load.sh h2   (a cold server, as before 2026-12-03)
# The server copy is target/bench-wildfly-<db> on port offset 400 (HTTP 8480); PostgreSQL uses a
# new database qrun_bench on 127.0.0.1:5432 (user postgres, trust authentication); see
# bench/bench-server.sh. Every wait has a deadline; the server is stopped at the end, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
jobs=${JOBS:-10000}
sequential=${SEQUENTIAL:-500}
completion=${COMPLETION_JOBS:-5000}
warmup=${WARMUP:-70000}
completion_warmup=${COMPLETION_WARMUP:-10000}
# shellcheck source=bench/bench-server.sh
. bench/bench-server.sh
bench_server_start "$db"
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"reason":"submission benchmark"}' "$url/api/v1/admin/backends/qrun_ideal/pause"
driver() { java tools/load/LoadDriver.java --url "$url" --key "$key" "$@"; }

echo "== $(date -u +%FT%TZ) $db, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up (not counted): $warmup submissions, paused qrun_ideal"
driver --mode submit --jobs "$warmup" --concurrency 64 --backend qrun_ideal | sed -n 2,3p
echo "== bound: $jobs GET /users/me (an authenticated read), 64 clients"
driver --mode baseline --jobs "$jobs" --concurrency 64 | sed -n 2,3p
echo "== submission: $jobs jobs, 64 clients, paused qrun_ideal"
driver --mode submit --jobs "$jobs" --concurrency 64 --backend qrun_ideal | sed -n 2,3p
if [ "$completion_warmup" -gt 0 ]; then
  echo "== warm-up (not counted): $completion_warmup jobs end to end, 64 clients, qrun_simulator"
  driver --mode load --jobs "$completion_warmup" --concurrency 64 --shots 100 --backend qrun_simulator | tail -2
fi
echo "== overhead: $sequential sequential jobs, Bell 100 shots, qrun_simulator"
driver --mode overhead --jobs "$sequential" --shots 100 --backend qrun_simulator | tail -7
echo "== completion: $completion jobs, 64 clients, Bell 100 shots, qrun_simulator"
driver --mode load --jobs "$completion" --concurrency 64 --shots 100 --backend qrun_simulator | tail -4
# a job that needed the orphan reaper waited seconds or minutes for it (docs/operations.md, "H2")
echo "== jobs the orphan reaper took back (computed or launched again): $(grep -c 'computing it again\|launching it again' "$home/standalone/log/server.log" || true)"
echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
