#!/usr/bin/env bash
# The submission phase of bench/service-load.sh for two WARs in turn (A B A B ...), each on a fresh
# server copy (bench/bench-server.sh): WARMUP submissions of warm-up (default 3,000; the JIT settles
# only after about 30,000), then 10,000 by 64 clients to the paused qrun_ideal; one line per run with
# the rate and the latency percentiles.
#   bench/submission-ab.sh postgresql /tmp/a.war /tmp/b.war [ROUNDS]    (ROUNDS pairs, default 2)
# target/qrun.war is overwritten by each run and restored from its copy at the end; target/wildfly
# must exist (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1; a=$2; b=$3; rounds=${4:-2}; warmup=${WARMUP:-3000}
cp target/qrun.war target/qrun.war.ab-saved
trap 'mv -f target/qrun.war.ab-saved target/qrun.war' EXIT
run() {
  ( cp "$1" target/qrun.war
    # shellcheck source=bench/bench-server.sh
    . bench/bench-server.sh
    bench_server_start "$db" >/dev/null
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d '{"reason":"submission benchmark"}' "$url/api/v1/admin/backends/qrun_ideal/pause"
    driver() { java tools/load/LoadDriver.java --url "$url" --key "$key" "$@"; }
    driver --mode submit --jobs "$warmup" --concurrency 64 --backend qrun_ideal >/dev/null
    echo "$(basename "$1") $db $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg):" \
      "$(driver --mode submit --jobs 10000 --concurrency 64 --backend qrun_ideal | sed -n 2,3p | tr '\n' ' ')" )
}
for _ in $(seq "$rounds"); do run "$a"; run "$b"; done
