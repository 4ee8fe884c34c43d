# Sourced by bench/service-load.sh and bench/statements-per-job.sh: a fresh copy of the built
# server (target/wildfly with target/qrun.war, from `mvn package`) as target/bench-wildfly-<db>,
# on H2 or on a new PostgreSQL database qrun_bench (127.0.0.1:5432, user postgres, trust
# authentication), HTTP on port 8480 (offset 400).
#
#   bench_server_start DB [SQL ...]   DB h2 or postgresql; each SQL is run right after qrun_bench is
#                                     created (PostgreSQL only), before the server starts
#
# BENCH_JAVA_OPTS adds JVM options to the server (for instance -Dqrun.simulator.max-concurrent-jobs=16).
# Sets home, url, key (the demo user's API key) and admin (the admin key). Every wait has a
# deadline; the server is stopped when the script exits, also on failure, after which
# bench_on_stop runs if the script defined it.

offset=400
url="http://localhost:$((8080 + offset))"

bench_server_start() {
  local db=$1; shift
  home="target/bench-wildfly-$db"
  [ -f target/qrun.war ] && [ -d target/wildfly ] || { echo "run mvn package first" >&2; exit 1; }
  rm -rf "$home"
  cp -r target/wildfly "$home"
  rm -rf "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp"
  cp target/qrun.war "$home/standalone/deployments/"
  local db_opts=() sql=()
  if [ "$db" = postgresql ]; then
    local jar
    jar=$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar)
    "$home/bin/jboss-cli.sh" --file=wildfly-config/configure-postgresql.cli -Dqrun.postgresql.jar="$jar" \
        -Dqrun.db.url=jdbc:postgresql://127.0.0.1:5432/qrun_bench --resolve-parameter-values >/dev/null
    for s in "$@"; do sql+=(-c "$s"); done
    psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS qrun_bench" \
        -c "CREATE DATABASE qrun_bench" "${sql[@]}" postgres
    db_opts=(-Dqrun.db.url=jdbc:postgresql://127.0.0.1:5432/qrun_bench)
  elif [ "$db" != h2 ]; then
    echo "database must be h2 or postgresql, found $db" >&2; exit 1
  fi
  JAVA_OPTS="-Xms1g -Xmx1g --add-modules=jdk.incubator.vector ${BENCH_JAVA_OPTS:-}" \
    "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset "${db_opts[@]}" > "$home/console.log" 2>&1 &
  bench_server_pid=$!
  trap bench_server_stop EXIT
  for _ in $(seq 1 120); do
    grep -q 'WFLYSRV0010: Deployed "qrun.war"' "$home/console.log" 2>/dev/null && break
    grep -q 'WFLYSRV0026\|WFLYCTL0186' "$home/console.log" 2>/dev/null && { tail -20 "$home/console.log"; exit 1; }
    sleep 1
  done
  key=$(cat "$home/standalone/data/qrun/demo.key")
  admin=$(cat "$home/standalone/data/qrun/admin.key")
}

bench_server_stop() {
  "$home/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + offset)) :shutdown >/dev/null 2>&1 \
    || kill "$bench_server_pid" 2>/dev/null || true
  wait "$bench_server_pid" 2>/dev/null || true
  if declare -F bench_on_stop >/dev/null; then bench_on_stop; fi
}
