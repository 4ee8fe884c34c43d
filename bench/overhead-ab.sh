#!/usr/bin/env bash
# The overhead phase of bench/service-load.sh for two builds side by side: both servers up at once
# (A on port offset 500, B on 600), each a fresh copy of its build's target/wildfly with its
# target/qrun.war, so a change to wildfly-config/ is compared too. 300 sequential jobs of warm-up on
# each, then BLOCKS blocks of N sequential Bell jobs (100 shots, qrun_simulator) in turn A B A B;
# per block the overhead percentiles and the medians of the job's phases (LoadDriver --mode overhead).
#   bench/overhead-ab.sh h2|postgresql DIR_A DIR_B      (each DIR a checkout after `mvn package`)
#   BLOCKS=3 N=300 bench/overhead-ab.sh h2 /tmp/main .
# For a build of another commit beside this checkout: git worktree add /tmp/main <commit>, then
# mvn -o package -DskipTests in it. PostgreSQL: databases qrun_ab_a and qrun_ab_b on
# 127.0.0.1:5432 (user postgres, trust authentication), dropped and created anew. The copies are
# /tmp/overhead-ab-{a,b}-<db>; every wait has a deadline, and both servers stop at the end, also on
# failure. Ends with the number of jobs the orphan reaper took back on each server (0 expected).
set -euo pipefail
db=$1; dir_a=$(cd "$2" && pwd); dir_b=$(cd "$3" && pwd)
blocks=${BLOCKS:-3}; n=${N:-300}
[ "$db" = h2 ] || [ "$db" = postgresql ] || { echo "database must be h2 or postgresql, found $db" >&2; exit 1; }
here=$(cd "$(dirname "$0")/.." && pwd)

home_of() { echo "/tmp/overhead-ab-$1-$db"; }
offset_of() { [ "$1" = a ] && echo 500 || echo 600; }

start() { # side dir
  local side=$1 dir=$2 home off opts=()
  home=$(home_of "$side"); off=$(offset_of "$side")
  [ -f "$dir/target/qrun.war" ] && [ -d "$dir/target/wildfly" ] || { echo "run mvn package in $dir first" >&2; exit 1; }
  rm -rf "$home"
  cp -r "$dir/target/wildfly" "$home"
  rm -rf "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp"
  cp "$dir/target/qrun.war" "$home/standalone/deployments/"
  if [ "$db" = postgresql ]; then
    local jar
    jar=$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar)
    "$home/bin/jboss-cli.sh" --file="$dir/wildfly-config/configure-postgresql.cli" -Dqrun.postgresql.jar="$jar" \
        -Dqrun.db.url="jdbc:postgresql://127.0.0.1:5432/qrun_ab_$side" --resolve-parameter-values >/dev/null
    psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS qrun_ab_$side" \
        -c "CREATE DATABASE qrun_ab_$side" postgres
    opts=(-Dqrun.db.url="jdbc:postgresql://127.0.0.1:5432/qrun_ab_$side")
  fi
  JAVA_OPTS="-Xms1g -Xmx1g --add-modules=jdk.incubator.vector" \
    "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$off" "${opts[@]}" > "$home/console.log" 2>&1 &
  for _ in $(seq 1 120); do
    grep -q 'WFLYSRV0010: Deployed "qrun.war"' "$home/console.log" 2>/dev/null && break
    sleep 1
  done
  if ! grep -q 'WFLYSRV0010: Deployed "qrun.war"' "$home/console.log" || grep -q 'WFLYSRV0026' "$home/console.log"; then
    echo "server $side did not start cleanly ($home/console.log):" >&2; tail -20 "$home/console.log" >&2; exit 1
  fi
}

stop() {
  "$(home_of "$1")/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + $(offset_of "$1"))) :shutdown >/dev/null 2>&1 || true
}
trap 'stop a; stop b' EXIT

drive() { # side jobs
  java "$here/tools/load/LoadDriver.java" --url "http://localhost:$((8080 + $(offset_of "$1")))" \
    --key "$(cat "$(home_of "$1")/standalone/data/qrun/demo.key")" --mode overhead --jobs "$2" --shots 100 \
    --backend qrun_simulator
}

start a "$dir_a"
start b "$dir_b"
echo "== $(date -u +%FT%TZ) $db, A $dir_a ($(git -C "$dir_a" rev-parse --short HEAD)), B $dir_b ($(git -C "$dir_b" rev-parse --short HEAD)), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
drive a 300 >/dev/null
drive b 300 >/dev/null
for i in $(seq 1 "$blocks"); do
  for side in a b; do
    echo "-- block $i ${side^^} $(date -u +%T) load average $(cut -d' ' -f1 /proc/loadavg)"
    drive "$side" "$n" | grep -A5 "ended after" | sed -n '1p;4,6p'
  done
done
echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
for side in a b; do
  echo "== jobs the orphan reaper took back on ${side^^}: $(grep -c 'computing it again\|launching it again' "$(home_of "$side")/standalone/log/server.log" || true)"
done
