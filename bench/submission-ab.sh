#!/usr/bin/env bash
# The submission phase of bench/service-load.sh for two WARs in turn (A B A B ...), each on a fresh
# server copy (bench/bench-server.sh): WARMUP submissions of warm-up (default 3,000; the JIT settles
# only after about 70,000), then 10,000 by 64 clients to the paused qrun_ideal; one line per run with
# the rate and the latency percentiles. PHASE=completion measures the completion phase instead:
# WARMUP jobs end to end (default 10,000), then 5,000 Bell jobs (100 shots) by 64 clients on the
# queue-less qrun_simulator, the rate at which they end.
#   bench/submission-ab.sh postgresql /tmp/a.war /tmp/b.war [ROUNDS]    (ROUNDS pairs, default 2)
#   PHASE=completion bench/submission-ab.sh h2 /tmp/a.war /tmp/b.war
# A_OPTS and B_OPTS add JVM options to one side's server (a setting instead of a WAR compared):
#   PHASE=completion B_OPTS=-Dqrun.simulator.max-concurrent-jobs=16 bench/submission-ab.sh h2 x.war x.war
# target/qrun.war is overwritten by each run and restored from its copy at the end; target/wildfly
# must exist (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1; a=$2; b=$3; rounds=${4:-2}; phase=${PHASE:-submission}
case "$phase" in
  submission) warmup=${WARMUP:-3000} ;;
  completion) warmup=${WARMUP:-10000} ;;
  *) echo "PHASE must be submission or completion, found $phase" >&2; exit 1 ;;
esac
cp target/qrun.war target/qrun.war.ab-saved
trap 'mv -f target/qrun.war.ab-saved target/qrun.war' EXIT
run() {
  ( cp "$1" target/qrun.war
    BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} $2"
    # shellcheck source=bench/bench-server.sh
    . bench/bench-server.sh
    bench_server_start "$db" >/dev/null
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d '{"reason":"submission benchmark"}' "$url/api/v1/admin/backends/qrun_ideal/pause"
    driver() { java tools/load/LoadDriver.java --url "$url" --key "$key" "$@"; }
    if [ "$phase" = submission ]; then
      driver --mode submit --jobs "$warmup" --concurrency 64 --backend qrun_ideal >/dev/null
      measured=$(driver --mode submit --jobs 10000 --concurrency 64 --backend qrun_ideal | sed -n 2,3p)
    else
      driver --mode load --jobs "$warmup" --concurrency 64 --shots 100 --backend qrun_simulator >/dev/null
      measured=$(driver --mode load --jobs 5000 --concurrency 64 --shots 100 --backend qrun_simulator | tail -2)
    fi
    echo "$(basename "$1")${2:+ ($2)} $db $phase $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg): $(echo "$measured" | tr '\n' ' ')" )
}
for _ in $(seq "$rounds"); do run "$a" "${A_OPTS:-}"; run "$b" "${B_OPTS:-}"; done
