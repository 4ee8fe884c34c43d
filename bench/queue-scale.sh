#!/usr/bin/env bash
# Queue scale (issue "Performance", docs/performance.md "Queue scale"): the scheduler's fair-share
# pick time and GET /jobs/{id}/metrics latency with a queue of 1k, 10k and 100k queued jobs of
# 1,000 instances on one QPU backend, on PostgreSQL.
#
#   mvn -o -B verify -Ppostgres -DskipUnitTests -Dit.test=QueuePositionsIT -Dqrun.port.offset=200
#   bench/queue-scale.sh                      # QUEUE_SIZES="1000 10000 100000" PICKS=100 (docs: PICKS=300)
#
# The mvn line builds target/qrun.war and the PostgreSQL server copy target/wildfly-pg that this
# script starts (HTTP on 8080+PORT_OFFSET) on a new database qrun_bench, with the one backend of
# bench/queue-backends.json (bench_qpu: jobs hold the QPU for milliseconds). The queue is filled
# by SQL: one job submitted through the API is the template, copied into 1,000 instances
# (bench-i0000..) round robin, 1 ms apart; the kept per-instance counts of the queue (queue_counts,
# V16) set to what the server would have counted for these jobs (one statement, so one transaction;
# the backend is paused); VACUUM ANALYZE after each fill (autovacuum would do it on a live server). Then, per size:
#   - metrics: QueueScaleBench GETs the metrics of 50 random queued jobs, 1 warm-up + 3 rounds;
#   - picks: the backend is resumed until PICKS jobs were picked (each pick logs its time under
#     io.qrun.scheduler.pick at FINE, switched on here), then paused again.
# Prints one line per size with the figures the goal names (pick p50/p99, metrics p50/p99).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${QUEUE_SIZES:-"1000 10000 100000"}
PICKS=${PICKS:-100}
OFFSET=${PORT_OFFSET:-200}
INSTANCES=1000
DB=qrun_bench
HOME_PG=target/wildfly-pg
HTTP=$((8080 + OFFSET)); MGMT=$((9990 + OFFSET))
URL=http://localhost:$HTTP; API=$URL/api/v1
ADMIN_KEY=bench-admin-key
BACKEND=bench_qpu
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
LOG=$HOME_PG/standalone/log/qrun.log

[[ -f $HOME_PG/jboss-modules.jar && -f target/qrun.war ]] || {
  echo "build first: mvn -o -B verify -Ppostgres -DskipUnitTests -Dit.test=QueuePositionsIT -Dqrun.port.offset=$OFFSET" >&2; exit 1; }

echo "# $(date -u +%FT%TZ) $(uptime)"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

cleanup() {
  "$HOME_PG/bin/jboss-cli.sh" --controller=localhost:$MGMT --connect \
    --command="/subsystem=logging/logger=io.qrun.scheduler.pick:remove" >/dev/null 2>&1 || true
  "$HOME_PG/bin/jboss-cli.sh" --controller=localhost:$MGMT --connect --command=:shutdown >/dev/null 2>&1 || true
  wait "${SERVER_PID:-}" 2>/dev/null || true
  rm -f "$HOME_PG"/standalone/deployments/qrun.war*
}
trap cleanup EXIT
rm -f "$HOME_PG"/standalone/deployments/qrun.war*
cp target/qrun.war "$HOME_PG/standalone/deployments/"
JAVA_OPTS="-Xms256m -Xmx1536m -Djava.net.preferIPv4Stack=true --add-modules=jdk.incubator.vector" \
  "$HOME_PG/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET \
  -Dqrun.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dqrun.db.user=postgres \
  -Dqrun.admin.key=$ADMIN_KEY -Dqrun.backends.file="$PWD/bench/queue-backends.json" >/tmp/queue-scale-server.out 2>&1 &
SERVER_PID=$!
for _ in $(seq 180); do
  [[ -f $HOME_PG/standalone/deployments/qrun.war.deployed ]] && break
  [[ -f $HOME_PG/standalone/deployments/qrun.war.failed ]] && { echo "deployment failed" >&2; exit 1; }
  sleep 1
done
[[ -f $HOME_PG/standalone/deployments/qrun.war.deployed ]] || { echo "server did not deploy" >&2; exit 1; }
# the logger is written into standalone.xml: cleanup removes it again
"$HOME_PG/bin/jboss-cli.sh" --controller=localhost:$MGMT --connect \
  --command="/subsystem=logging/logger=io.qrun.scheduler.pick:add(level=FINE)" >/dev/null 2>&1 || true

admin() { curl -sf -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' "$@"; }
admin -X POST "$API/admin/instances" -d '{"id":"bench-template","name":"bench template","plan":"premium","share":1.0}' >/dev/null
admin -X POST "$API/admin/users" -d '{"id":"bench-user","name":"bench user","role":"user","instances":["bench-template"],"default_instance":"bench-template"}' >/dev/null
KEY=$(admin -X POST "$API/admin/users/bench-user/keys" -d '{}' | sed -E 's/.*"key" *: *"([^"]+)".*/\1/')
admin -X POST "$API/admin/backends/$BACKEND/pause" -d '{"reason":"bench/queue-scale.sh"}' >/dev/null
TEMPLATE=$(curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -X POST "$API/jobs" -d '{
  "program_id":"sampler","backend":"'$BACKEND'","params":{"version":2,"shots":20,"pubs":[["OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nbit[2] c;\nh q[0];\ncx q[0], q[1];\nc = measure q;"]]}}' \
  | sed -E 's/.*"id" *: *"([^"]+)".*/\1/')

"${PSQL[@]}" -d $DB -c "INSERT INTO instances (id, name, plan, share, usage_limit_seconds, usage_period_start, created)
  SELECT 'bench-i' || lpad(g::text, 4, '0'), 'bench ' || g, plan, share, NULL, usage_period_start, created
  FROM instances, generate_series(0, $INSTANCES - 1) g WHERE id = 'bench-template'"
COLS=$("${PSQL[@]}" -d $DB -c "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'jobs'")
EXPRS=$(echo "$COLS" | tr ',' '\n' | sed -E \
  -e "s/^id$/'bench' || lpad(g::text, 15, '0')/" \
  -e "s/^instance_id$/'bench-i' || lpad((g % $INSTANCES)::text, 4, '0')/" \
  -e "s/^created$/t.created - interval '1 day' + g * interval '1 millisecond'/" | paste -sd, -)
# the template row is kept aside: every fill copies it, none of the queue is it
"${PSQL[@]}" -d $DB -c "CREATE TABLE bench_template AS SELECT * FROM jobs WHERE id = '$TEMPLATE'" \
  -c "DELETE FROM jobs WHERE id = '$TEMPLATE'"
filled=0
for size in $SIZES; do
  "${PSQL[@]}" -d $DB -c "INSERT INTO jobs ($COLS) SELECT $EXPRS FROM bench_template t, generate_series($filled + 1, $size) g" \
    -c "DELETE FROM queue_counts WHERE backend = '$BACKEND';
        INSERT INTO queue_counts (backend, instance_id, stripe, queued) SELECT backend, instance_id, 0, count(*) FROM jobs
        WHERE backend = '$BACKEND' AND status = 'Queued' GROUP BY backend, instance_id" \
    -c "VACUUM ANALYZE jobs" -c "VACUUM ANALYZE qpu_intervals" -c "VACUUM ANALYZE queue_counts"
  filled=$size
  queued=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM jobs WHERE backend = '$BACKEND' AND status = 'Queued'")
  "${PSQL[@]}" -d $DB -c "SELECT id FROM jobs WHERE backend = '$BACKEND' AND status = 'Queued' ORDER BY random() LIMIT 50" >/tmp/queue-scale-ids
  metrics=$(java tools/load/QueueScaleBench.java metrics --url "$URL" --key "$ADMIN_KEY" --ids /tmp/queue-scale-ids --rounds 3)
  skip=$(wc -l <"$LOG")
  admin -X POST "$API/admin/backends/$BACKEND/resume" -d '{}' >/dev/null
  for _ in $(seq 600); do
    (( $(tail -n +$((skip + 1)) "$LOG" | grep -c "pick of job .* on $BACKEND took") >= PICKS )) && break
    sleep 0.5
  done
  admin -X POST "$API/admin/backends/$BACKEND/pause" -d '{"reason":"bench/queue-scale.sh"}' >/dev/null
  picks=$(java tools/load/QueueScaleBench.java picks --log "$LOG" --skip-lines "$skip" --backend $BACKEND)
  echo "queue $queued jobs of $INSTANCES instances: $picks; $metrics"
done
echo "# $(date -u +%FT%TZ) $(uptime)"
