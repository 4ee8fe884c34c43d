#!/usr/bin/env bash
# The service figures of docs/performance.md, in one run: a fresh copy of the built server
# (target/wildfly with target/qrun.war, from `mvn package`) on H2 or PostgreSQL, then
# tools/load/LoadDriver.java in four modes:
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
# The server copy is target/bench-wildfly-<db> on port offset 400 (HTTP 8480); PostgreSQL uses a
# new database qrun_bench on 127.0.0.1:5432 (user postgres, trust authentication). Every wait has
# a deadline; the server is stopped at the end, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
jobs=${JOBS:-10000}
sequential=${SEQUENTIAL:-500}
completion=${COMPLETION_JOBS:-5000}
offset=400
url="http://localhost:$((8080 + offset))"
home="target/bench-wildfly-$db"

[ -f target/qrun.war ] && [ -d target/wildfly ] || { echo "run mvn package first" >&2; exit 1; }
rm -rf "$home"
cp -r target/wildfly "$home"
rm -rf "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp"
cp target/qrun.war "$home/standalone/deployments/"
db_opts=()
if [ "$db" = postgresql ]; then
  jar=$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar)
  "$home/bin/jboss-cli.sh" --file=wildfly-config/configure-postgresql.cli -Dqrun.postgresql.jar="$jar" \
      -Dqrun.db.url=jdbc:postgresql://127.0.0.1:5432/qrun_bench \
      --resolve-parameter-values >/dev/null
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS qrun_bench" -c "CREATE DATABASE qrun_bench" postgres
  db_opts=(-Dqrun.db.url=jdbc:postgresql://127.0.0.1:5432/qrun_bench)
elif [ "$db" != h2 ]; then
  echo "database must be h2 or postgresql, found $db" >&2; exit 1
fi

JAVA_OPTS="-Xms1g -Xmx1g --add-modules=jdk.incubator.vector" \
  "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset ${EXTRA:-} "${db_opts[@]}" > "$home/console.log" 2>&1 &
server=$!
stop() {
  "$home/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + offset)) :shutdown >/dev/null 2>&1 || kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 120); do
  grep -q 'WFLYSRV0010: Deployed "qrun.war"' "$home/console.log" 2>/dev/null && break
  grep -q 'WFLYSRV0026\|WFLYCTL0186' "$home/console.log" 2>/dev/null && { tail -20 "$home/console.log"; exit 1; }
  sleep 1
done
key=$(cat "$home/standalone/data/qrun/demo.key")
admin=$(cat "$home/standalone/data/qrun/admin.key")
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"reason":"submission benchmark"}' "$url/api/v1/admin/backends/qrun_ideal/pause"
driver() { java tools/load/LoadDriver.java --url "$url" --key "$key" "$@"; }

echo "== $(date -u +%FT%TZ) $db, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== completion: $completion jobs, 64 clients, Bell 100 shots, qrun_simulator"
driver --mode load --jobs "$completion" --concurrency 64 --shots 100 --backend qrun_simulator | tail -4
echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
